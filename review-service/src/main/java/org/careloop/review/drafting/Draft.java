package org.careloop.review.drafting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.careloop.review.inference.InferenceDtos;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The model's draft for a message, with placeholders; FAILED means the clinician writes the reply. */
@Entity
@Table(name = "draft")
public class Draft extends PanacheEntityBase {

    public static final String DRAFTED = "DRAFTED";
    public static final String FAILED = "FAILED";

    @Id
    @Column(name = "message_id")
    public UUID messageId;

    @Column(name = "process_instance_id", nullable = false)
    public String processInstanceId;

    @Column(nullable = false)
    public String status;

    @Column(name = "draft_id")
    public String draftId;

    public String text;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<InferenceDtos.Citation> citations;

    @JdbcTypeCode(SqlTypes.JSON)
    public InferenceDtos.Provenance provenance;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public boolean available() {
        return DRAFTED.equals(status) && text != null && !text.isBlank();
    }
}
