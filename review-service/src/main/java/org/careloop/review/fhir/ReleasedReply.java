package org.careloop.review.fhir;

import java.util.List;
import org.careloop.review.checks.DraftCheck;
import org.careloop.review.drafting.Draft;
import org.careloop.review.inbox.Approval;
import org.careloop.review.intake.PatientMessage;
import org.careloop.review.release.ReleaseLabel;
import org.careloop.review.release.Reply;
import org.careloop.review.screening.Screening;

/**
 * A released reply with what the export says about it, all as stored: the patient's message, the reply, the
 * clinicians whose approvals released it (the approval the reply rests on first), the message's screening, and the
 * draft and its check (null when there was none, e.g. the clinician wrote the reply because no draft could be had).
 */
public record ReleasedReply(
        PatientMessage message,
        Reply reply,
        List<Approval> approvers,
        Screening screening,
        Draft draft,
        DraftCheck check) {

    public Approval approval() {
        return approvers.get(0);
    }

    /** The same rule as the label the patient sees: the text started as the model's draft. */
    public boolean draftedWithAi() {
        return ReleaseLabel.draftedWithAi(approval().action);
    }

    /** The draft's provenance, when the reply was drafted with AI and the draft's provenance was stored. */
    public boolean hasModelProvenance() {
        return draftedWithAi() && draft != null && draft.provenance != null;
    }
}
