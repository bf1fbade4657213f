package org.careloop.review.oversight.canary;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A planted error in one draft of a message. The draft is never changed: while the canary has no outcome, the
 * clinician is shown the draft with {@link #plant()} applied; once it has one, the true draft again.
 */
@Entity
@Table(name = "canary")
public class Canary extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "message_id", nullable = false)
    public UUID messageId;

    /** The draft it was planted into: a new draft (after the patient answered a question) ends it. */
    @Column(name = "draft_id", nullable = false)
    public String draftId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CanaryKind kind;

    @Column(name = "catalogue_version", nullable = false)
    public String catalogueVersion;

    @Column(name = "plant_start", nullable = false)
    public int plantStart;

    @Column(name = "plant_end", nullable = false)
    public int plantEnd;

    @Column(nullable = false)
    public String replacement;

    @Column(nullable = false)
    public String marker;

    @Column(name = "planted_at", nullable = false)
    public Instant plantedAt;

    @Enumerated(EnumType.STRING)
    public CanaryOutcome outcome;

    @Column(name = "outcome_at")
    public Instant outcomeAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "task_id")
    public String taskId;

    /** The review group of the task on which the reviewer met it. */
    public String team;

    public Plant plant() {
        return new Plant(plantStart, plantEnd, replacement);
    }

    /** The canary the clinician is shown in this draft, if any. */
    public static Optional<Canary> activeIn(UUID messageId, String draftId) {
        return find("messageId = ?1 and draftId = ?2 and outcome is null", messageId, draftId)
                .firstResultOptional();
    }

    /** A canary of this message whose marker the text holds: such text must never reach the patient. */
    public static Optional<Canary> markerIn(UUID messageId, String text) {
        List<Canary> planted = list("messageId", messageId);
        return planted.stream().filter(c -> CanaryKind.contains(text, c.marker)).findFirst();
    }

    /** The planted error this reviewer approved on this task, which is why the task came back to them. */
    public static Optional<Canary> missedOn(String taskId) {
        return find(
                        "taskId = ?1 and outcome in ?2 order by outcomeAt desc",
                        taskId,
                        List.of(CanaryOutcome.APPROVED_UNEDITED, CanaryOutcome.APPROVED_WITH_ERROR_KEPT))
                .firstResultOptional();
    }
}
