package org.careloop.review.screening;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careloop.review.policy.PolicyDtos;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** policy-service's screening of one message, plus the placeholder-to-value map that stays here. */
@Entity
@Table(name = "message_screening")
public class Screening extends PanacheEntityBase {

    @Id
    @Column(name = "message_id")
    public UUID messageId;

    @Column(name = "policy_version", nullable = false)
    public String policyVersion;

    @Column(name = "deidentified_text", nullable = false)
    public String deidentifiedText;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PolicyDtos.Entity> entities;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "placeholder_values", nullable = false)
    public Map<String, String> placeholderValues;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "red_flags", nullable = false)
    public List<PolicyDtos.RedFlag> redFlags;

    @Column(name = "highest_severity", nullable = false)
    public String highestSeverity;

    @Column(name = "prompt_injection_suspected", nullable = false)
    public boolean promptInjectionSuspected;

    @Column(name = "screened_at", nullable = false)
    public Instant screenedAt;
}
