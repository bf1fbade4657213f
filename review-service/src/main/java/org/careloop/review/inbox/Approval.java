package org.careloop.review.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A clinician's explicit decision on one review task, and the SHA-256 of exactly the text they approved. */
@Entity
@Table(name = "approval")
public class Approval extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "process_instance_id", nullable = false)
    public String processInstanceId;

    @Column(name = "task_id", nullable = false, unique = true)
    public String taskId;

    @Column(name = "message_id", nullable = false)
    public UUID messageId;

    @Column(name = "clinician_username", nullable = false)
    public String clinicianUsername;

    @Column(name = "clinician_display_name", nullable = false)
    public String clinicianDisplayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionAction action;

    @Column(name = "text_sha256", nullable = false)
    public String textSha256;

    public String reason;

    @Column(name = "approved_at", nullable = false)
    public Instant approvedAt;

    /** The approvals of this text as a reply (not questions), oldest first. */
    public static List<Approval> ofReply(String processInstanceId, String textSha256) {
        return list(
                "processInstanceId = ?1 and textSha256 = ?2 and action in ?3 order by approvedAt",
                processInstanceId,
                textSha256,
                List.of(DecisionAction.APPROVE, DecisionAction.EDIT_AND_APPROVE, DecisionAction.REJECT));
    }

    /** The approval of this text as a question to the patient. */
    public static Approval ofQuestion(String processInstanceId, String textSha256) {
        return find(
                        "processInstanceId = ?1 and textSha256 = ?2 and action = ?3 order by approvedAt desc",
                        processInstanceId,
                        textSha256,
                        DecisionAction.REQUEST_INFO)
                .firstResult();
    }

    public static Approval forText(String processInstanceId, String textSha256) {
        return find(
                        "processInstanceId = ?1 and textSha256 = ?2 order by approvedAt desc",
                        processInstanceId,
                        textSha256)
                .firstResult();
    }
}
