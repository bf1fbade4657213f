package org.careloop.review.checks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.careloop.review.policy.PolicyDtos;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** policy-service's safety check of a draft; spans are offsets into the draft with placeholders. */
@Entity
@Table(name = "draft_check")
public class DraftCheck extends PanacheEntityBase {

    public static final String CHECKED = "CHECKED";
    public static final String NO_DRAFT = "NO_DRAFT";

    @Id
    @Column(name = "message_id")
    public UUID messageId;

    @Column(nullable = false)
    public String status;

    @Column(name = "policy_version")
    public String policyVersion;

    @Column(name = "risk_level")
    public String riskLevel;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PolicyDtos.Finding> findings;

    @Column(name = "reading_grade")
    public Double readingGrade;

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;
}
