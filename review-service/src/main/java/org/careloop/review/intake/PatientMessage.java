package org.careloop.review.intake;

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

/** A patient's message as received. The text is PHI: it never goes to logs or the audit trail. */
@Entity
@Table(name = "patient_message")
public class PatientMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MessageStatus status;

    @Column(name = "process_instance_id")
    public String processInstanceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The fixed safety message shown at once on an emergency; null otherwise. */
    @Column(name = "safety_category")
    public String safetyCategory;

    @Column(name = "safety_text")
    public String safetyText;

    @Column(name = "safety_version")
    public String safetyVersion;

    @Column(name = "safety_shown_at")
    public Instant safetyShownAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<PatientMessage> ofPatient(String patientId) {
        return list("patientId = ?1 order by createdAt desc", patientId);
    }

    public void moveTo(MessageStatus next) {
        // ANSWERED is final: a late task-created event must not move a message back to IN_REVIEW.
        if (status == MessageStatus.ANSWERED) {
            return;
        }
        status = next;
        updatedAt = Instant.now();
    }

    @Override
    public String toString() {
        return "PatientMessage[" + id + ", " + status + "]";
    }
}
