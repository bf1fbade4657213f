package org.careloop.review.intake;

/** What the patient sees of their message's progress. */
public enum MessageStatus {
    RECEIVED,
    IN_REVIEW,
    /** A clinician asked the patient a question; the review goes on once the patient answers. */
    AWAITING_PATIENT,
    ANSWERED
}
