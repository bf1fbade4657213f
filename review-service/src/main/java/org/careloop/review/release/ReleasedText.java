package org.careloop.review.release;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.careloop.review.inbox.Approval;

/**
 * Text the release published to a patient (a reply or a clinician's question): exactly the approved text, its
 * SHA-256, the approval it rests on and the label the patient sees.
 */
@MappedSuperclass
public abstract class ReleasedText extends PanacheEntityBase {

    @Column(name = "process_instance_id", nullable = false)
    public String processInstanceId;

    @Column(name = "approval_id", nullable = false)
    public UUID approvalId;

    @Column(nullable = false)
    public String text;

    @Column(name = "text_sha256", nullable = false)
    public String textSha256;

    @Column(name = "clinician_username", nullable = false)
    public String clinicianUsername;

    @Column(name = "clinician_display_name", nullable = false)
    public String clinicianDisplayName;

    @Column(nullable = false)
    public String label;

    /** Fills the fields the release takes from the approval of this text. */
    public void approvedBy(Approval approval, String processInstanceId, String text, String textSha256, String label) {
        this.processInstanceId = processInstanceId;
        this.approvalId = approval.id;
        this.text = text;
        this.textSha256 = textSha256;
        this.clinicianUsername = approval.clinicianUsername;
        this.clinicianDisplayName = approval.clinicianDisplayName;
        this.label = label;
    }
}
