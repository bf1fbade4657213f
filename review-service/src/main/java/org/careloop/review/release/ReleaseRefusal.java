package org.careloop.review.release;

import java.util.Locale;

/** Why the release refused to publish: the reason written to the audit trail, and the refusal's metric label. */
public enum ReleaseRefusal {
    NO_REPLY_TEXT("no reply text"),
    PLANTED_ERROR_IN_REPLY("the text holds an error planted to check review"),
    NEVER_ROUTED("the review was never routed, so no one was required to approve"),
    OTHER_TEXT_RELEASED("another text was already released"),
    NO_APPROVAL("no clinician approval for this text"),
    APPROVAL_FOR_OTHER_MESSAGE("the approval is for another message"),
    SECOND_REVIEW_MISSING("a second review by another clinician is required for this text"),
    NO_QUESTION_TEXT("no question text"),
    PLANTED_ERROR_IN_QUESTION("the question holds an error planted to check review"),
    NO_QUESTION_APPROVAL("no clinician approval for this question");

    private final String reason;

    ReleaseRefusal(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
