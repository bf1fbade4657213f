package org.careloop.policy.screening;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careloop.policy.triage.Severity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What was screened, without raw PHI: the message id, the policy version, how many identifiers of each type,
 * the red-flag categories and the time. No text and no identifier values.
 */
@Entity
@Table(name = "screening_record")
public class ScreeningRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "message_id", nullable = false)
    public String messageId;

    @Column(name = "policy_version", nullable = false)
    public String policyVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "entity_counts", nullable = false)
    public Map<String, Integer> entityCounts;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "red_flag_categories", nullable = false)
    public List<String> redFlagCategories;

    @Enumerated(EnumType.STRING)
    @Column(name = "highest_severity", nullable = false)
    public Severity highestSeverity;

    @Column(name = "prompt_injection_suspected", nullable = false)
    public boolean promptInjectionSuspected;

    @Column(name = "text_length", nullable = false)
    public int textLength;

    @Column(name = "screened_at", nullable = false)
    public OffsetDateTime screenedAt;

    public static List<ScreeningRecord> forMessage(String messageId) {
        return list("messageId = ?1 order by screenedAt", messageId);
    }
}
