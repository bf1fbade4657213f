package org.careloop.review.biasaudit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One recorded bias audit: its summary figures, and the report and page as the audit wrote them. */
@Entity
@Table(name = "bias_audit_report")
public class BiasAuditReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "run_id", nullable = false, unique = true)
    public String runId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    public Instant finishedAt;

    @Column(nullable = false)
    public String provider;

    @Column(nullable = false)
    public String model;

    @Column(name = "model_version")
    public String modelVersion;

    @Column(name = "template_version", nullable = false)
    public String templateVersion;

    @Column(name = "policy_version")
    public String policyVersion;

    @Column(nullable = false)
    public int repeats;

    @Column(nullable = false)
    public int drafts;

    @Column(nullable = false)
    public int flags;

    /** Comma-separated attribute ids. */
    @Column(name = "flagged_attributes", nullable = false)
    public String flaggedAttributes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public String report;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public String html;
}
