package org.careloop.review;

import static org.careloop.review.CareloopTestEnvironment.GREETING;
import static org.careloop.review.PatientReplyFlowTest.awaitAnswered;
import static org.careloop.review.PatientReplyFlowTest.awaitReviewTask;
import static org.careloop.review.PatientReplyFlowTest.send;
import static org.careloop.review.Users.as;

import java.util.Map;

/** Replies released through the whole flow, as tests that read released replies need them. */
public final class Releases {

    private Releases() {}

    /**
     * The id of a message {@code patient} sent ({@code text} after the test greeting), decided by {@code clinician}
     * with {@code decision} (as the inbox's decision body) and released; returns once the patient has the reply.
     */
    public static String released(String patient, String clinician, String text, Map<String, ?> decision) {
        String messageId = send(patient, GREETING + text);
        String taskId = awaitReviewTask(clinician, messageId);
        as(clinician)
                .body(Decisions.asShown(clinician, taskId, decision))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);
        awaitAnswered(patient, messageId);
        return messageId;
    }
}
