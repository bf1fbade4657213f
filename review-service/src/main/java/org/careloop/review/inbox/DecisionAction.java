package org.careloop.review.inbox;

/** What a clinician can decide on a draft. */
public enum DecisionAction {
    /** Release the draft as shown, placeholders filled in. */
    APPROVE,
    /** Release the clinician's edited text. */
    EDIT_AND_APPROVE,
    /** Discard the draft and release the clinician's own reply, labelled "Written by". */
    REJECT,
    /** Ask the patient a question (the clinician's text, released as written); the process waits for the answer. */
    REQUEST_INFO,
    /** Hand the review to the senior clinicians, with a reason; nothing is released. */
    ESCALATE;

    /** Whether this decision approves text to be released to the patient as the reply. */
    public boolean approvesReply() {
        return this == APPROVE || this == EDIT_AND_APPROVE || this == REJECT;
    }
}
