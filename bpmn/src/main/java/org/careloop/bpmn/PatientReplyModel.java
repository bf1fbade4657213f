package org.careloop.bpmn;

/** Names from the patient-reply model that code outside this jar refers to. */
public final class PatientReplyModel {

  public static final String PROCESS_ID = "patient-reply";
  /** Classpath location of the model inside this jar. */
  public static final String RESOURCE = "bpmn/patient-reply.bpmn";

  public static final String TASK_SCREEN_MESSAGE = "Task_ScreenMessage";
  public static final String TASK_DRAFT_REPLY = "Task_DraftReply";
  public static final String TASK_CHECK_DRAFT = "Task_CheckDraft";
  public static final String TASK_REVIEW_DRAFT = "Task_ReviewDraft";
  public static final String TASK_RELEASE_REPLY = "Task_ReleaseReply";

  private PatientReplyModel() {}
}
