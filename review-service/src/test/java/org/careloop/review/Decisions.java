package org.careloop.review;

import static org.careloop.review.Users.as;

import java.util.HashMap;
import java.util.Map;

/** Decision bodies as a clinician sends them: an approval says which draft it saw ({@code draft.shownSha256}). */
public final class Decisions {

    private Decisions() {}

    /** The decision with the task's current {@code draft.shownSha256}, read as the clinician who decides. */
    public static Map<String, Object> asShown(String clinician, String taskId, Map<String, ?> decision) {
        Map<String, Object> body = new HashMap<>(decision);
        String shown = as(clinician)
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .extract()
                .path("draft.shownSha256");
        if (shown != null) {
            body.put("shownSha256", shown);
        }
        return body;
    }
}
