package org.careloop.review.audit;

/** What the audit trail records. */
public enum AuditType {
    MESSAGE_RECEIVED,
    SCREENING_DONE,
    /** Screening could not be done within the screening deadline: an urgent review as not screened. */
    SCREENING_NOT_IN_TIME,
    DRAFT_DONE,
    DRAFT_FAILED,
    CHECKS_DONE,
    /** A draft arrived after the clinician had decided: it is kept, but no review will see it. */
    DRAFT_SET_ASIDE,
    TASK_VIEWED,
    TASK_CLAIMED,
    DECISION_MADE,
    DECISION_MEASURED,
    CANARY_PLANTED,
    CANARY_CAUGHT,
    CANARY_MISSED,
    REPLY_RELEASED,
    RELEASE_REFUSED,
    PATIENT_READ_MESSAGES,
    PATIENT_READ_MESSAGE,
    /** A released reply (the message, the reply or its provenance) read through the FHIR API, by its patient or an admin. */
    FHIR_READ,
    SAFETY_MESSAGE_SHOWN,
    REVIEW_ROUTED,
    REVIEW_OVERDUE,
    REVIEW_ESCALATED,
    QUESTION_RELEASED,
    PATIENT_ANSWERED,
    MODEL_DEPLOYED,
    MODEL_REJECTED,
    INCIDENT_RETRIED,
    /** An admin's ./careloop audit-bias run recorded its report. */
    BIAS_AUDIT_RECORDED
}
