package org.careloop.review.process;

/** Process variables of patient-reply. Ids and short facts only; the approved reply text is the one exception. */
public final class ProcessVariables {

    public static final String MESSAGE_ID = "messageId";
    public static final String HIGHEST_SEVERITY = "highestSeverity";
    /** Inputs of the review-routing table. */
    public static final String RED_FLAG_SEVERITY = "redFlagSeverity";

    public static final String RED_FLAG_CATEGORY = "redFlagCategory";
    /** Outputs of the review-routing table, checked by ReviewRoutingListener. */
    public static final String REVIEW_GROUP = "reviewGroup";

    public static final String REVIEW_PRIORITY = "reviewPriority";
    public static final String REVIEW_DUE_DATE = "reviewDueDate";
    public static final String SECOND_REVIEW_REQUIRED = "secondReviewRequired";
    /** The clinician's question to the patient (REQUEST_INFO); the ask-patient release re-checks its hash. */
    public static final String QUESTION_TEXT = "questionText";
    /** Who confirmed the approved text in the second review. */
    public static final String SECOND_REVIEWED_BY = "secondReviewedBy";

    public static final String DRAFT_AVAILABLE = "draftAvailable";
    public static final String RISK_LEVEL = "riskLevel";
    public static final String DECISION_ACTION = "decisionAction";
    public static final String APPROVAL_ID = "approvalId";
    public static final String REVIEWED_BY = "reviewedBy";
    /** The text the clinician approved, placeholders filled in; the release re-checks its hash. */
    public static final String REPLY_TEXT = "replyText";

    private ProcessVariables() {}
}
