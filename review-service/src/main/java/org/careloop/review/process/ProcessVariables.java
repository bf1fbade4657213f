package org.careloop.review.process;

/** Process variables of patient-reply. Ids and short facts only; the approved reply text is the one exception. */
public final class ProcessVariables {

  public static final String MESSAGE_ID = "messageId";
  public static final String HIGHEST_SEVERITY = "highestSeverity";
  public static final String DRAFT_AVAILABLE = "draftAvailable";
  public static final String RISK_LEVEL = "riskLevel";
  public static final String DECISION_ACTION = "decisionAction";
  public static final String APPROVAL_ID = "approvalId";
  public static final String REVIEWED_BY = "reviewedBy";
  /** The text the clinician approved, placeholders filled in; the release re-checks its hash. */
  public static final String REPLY_TEXT = "replyText";

  private ProcessVariables() {}
}
