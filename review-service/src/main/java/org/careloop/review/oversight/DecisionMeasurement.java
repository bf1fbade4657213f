package org.careloop.review.oversight;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * How one decision was made, whatever its channel: time on task from the clinician's first opening of the task,
 * whether the page showed the draft's end, how much of the draft was changed and where, which findings were present
 * and whether their text changed. Written in the decision's transaction; audited as DECISION_MEASURED.
 */
@Entity
@Table(name = "decision_measurement")
public class DecisionMeasurement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "task_id", nullable = false)
    public String taskId;

    @Column(name = "message_id", nullable = false)
    public UUID messageId;

    @Column(name = "process_instance_id")
    public String processInstanceId;

    /** REVIEW or SECOND_REVIEW. */
    @Column(nullable = false)
    public String stage;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String channel;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    /** The review group the task was offered to; null when it was offered to none. */
    public String team;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    /** When the deciding clinician first opened the task; null when they decided without opening it. */
    @Column(name = "first_opened_at")
    public Instant firstOpenedAt;

    @Column(name = "time_on_task_ms")
    public Long timeOnTaskMs;

    @Column(name = "draft_seen_to_end")
    public Boolean draftSeenToEnd;

    @Column(name = "model_version")
    public String modelVersion;

    /** Null when no text was compared (no draft, a second review, a question or an escalation). */
    @Column(name = "draft_words")
    public Integer draftWords;

    @Column(name = "words_changed")
    public Integer wordsChanged;

    @Column(name = "draft_chars")
    public Integer draftChars;

    @Column(name = "chars_changed")
    public Integer charsChanged;

    @Column(nullable = false)
    public int citations;

    /** Citations whose supported text the clinician changed or removed. */
    @Column(name = "citations_dropped", nullable = false)
    public int citationsDropped;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<MeasuredFinding> findings;

    @Column(name = "high_findings", nullable = false)
    public int highFindings;

    /** HIGH findings whose text was released unchanged by an approval. */
    @Column(name = "high_findings_unchanged", nullable = false)
    public int highFindingsUnchanged;

    @Column(nullable = false)
    public boolean emergency;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> acknowledged;
}
