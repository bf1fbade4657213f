package org.careloop.review.release;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.careloop.review.inbox.DecisionAction;

/** The label a patient sees on a released reply. */
public final class ReleaseLabel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private ReleaseLabel() {}

    /**
     * Whether the released text started as the model's draft: approved as shown or edited, not the clinician's own
     * reply. The label, the patient API and the FHIR export's AIAST security label all follow this one rule.
     */
    public static boolean draftedWithAi(DecisionAction action) {
        return action != DecisionAction.REJECT;
    }

    public static String of(DecisionAction action, String clinician, Instant reviewedAt, ZoneId zone) {
        if (!draftedWithAi(action)) {
            return "Written by " + clinician;
        }
        return "Drafted with AI assistance and reviewed by " + clinician + " on "
                + DATE.format(reviewedAt.atZone(zone));
    }
}
