package org.careloop.review.release;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.careloop.review.inbox.DecisionAction;

/** The label a patient sees on a released reply. */
public final class ReleaseLabel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private ReleaseLabel() {}

    public static String of(DecisionAction action, String clinician, Instant reviewedAt, ZoneId zone) {
        if (action == DecisionAction.REJECT) {
            return "Written by " + clinician;
        }
        return "Drafted with AI assistance and reviewed by " + clinician + " on "
                + DATE.format(reviewedAt.atZone(zone));
    }
}
