package org.careloop.bpmn;

/** Names from the patient-reply model (and the review-routing table) that code outside this jar refers to. */
public final class PatientReplyModel {

    public static final String PROCESS_ID = "patient-reply";
    /** Classpath location of the model inside this jar. */
    public static final String RESOURCE = "bpmn/patient-reply.bpmn";
    /** Classpath location of the review-routing decision table. */
    public static final String ROUTING_RESOURCE = "dmn/review-routing.dmn";

    public static final String ROUTING_DECISION = "review-routing";

    public static final String TASK_SCREEN_MESSAGE = "Task_ScreenMessage";
    public static final String TASK_SHOW_SAFETY_MESSAGE = "Task_ShowSafetyMessage";
    public static final String TASK_DRAFT_REPLY = "Task_DraftReply";
    public static final String TASK_CHECK_DRAFT = "Task_CheckDraft";
    /** Drafting and checking beside an open emergency review: nothing waits for them. */
    public static final String TASK_DRAFT_REPLY_BESIDE = "Task_DraftReplyBeside";

    public static final String TASK_CHECK_DRAFT_BESIDE = "Task_CheckDraftBeside";
    public static final String TASK_ROUTE_REVIEW = "Task_RouteReview";
    public static final String TASK_REVIEW_DRAFT = "Task_ReviewDraft";
    public static final String TASK_SECOND_REVIEW = "Task_SecondReview";
    public static final String TASK_ASK_PATIENT = "Task_AskPatient";
    public static final String TASK_ESCALATE_OVERDUE_REVIEW = "Task_EscalateOverdueReview";
    public static final String TASK_RELEASE_REPLY = "Task_ReleaseReply";
    public static final String TIMER_REVIEW_OVERDUE = "Timer_ReviewOverdue";
    public static final String EVENT_PATIENT_ANSWERED = "Event_PatientAnswered";
    /** The message the process waits for after asking the patient; correlated by business key (the message id). */
    public static final String MESSAGE_PATIENT_ANSWERED = "PatientAnswered";

    /** The group a second review and an escalation go to. */
    public static final String SENIOR_GROUP = "senior-clinician";

    private PatientReplyModel() {}
}
