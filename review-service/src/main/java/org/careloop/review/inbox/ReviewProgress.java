package org.careloop.review.inbox;

import java.util.UUID;
import org.careloop.review.checks.DraftCheck;
import org.careloop.review.drafting.Draft;
import org.careloop.review.screening.Screening;

/**
 * What a first review may still be waiting for beside it: the screening of a message that was not screened in time,
 * and the draft with its safety check. A clinician may decide without them; an approval of a draft needs its check.
 */
final class ReviewProgress {

    private ReviewProgress() {}

    static boolean screened(UUID messageId) {
        return Screening.findById(messageId) != null;
    }

    static boolean draftPending(UUID messageId) {
        return draftPending(Draft.findById(messageId), DraftCheck.findById(messageId));
    }

    /** Nothing drafted yet, or a draft whose check has not run; a failed draft is not pending (there is none). */
    static boolean draftPending(Draft draft, DraftCheck check) {
        return draft == null || draft.available() && check == null;
    }
}
