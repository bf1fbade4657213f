package org.careloop.bpmn.routing;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Set;

/**
 * One row of the review-routing table's output, checked: the group must be a clinical group, the due time a
 * positive ISO-8601 duration. A table that says anything else is refused here (the job fails into an incident)
 * rather than offering a review to the wrong people.
 *
 * @param reviewGroup the candidate group of the review task
 * @param priority the review task's priority
 * @param dueIn how long the group has before the review is overdue
 * @param secondReviewRequired whether a senior clinician must confirm the approved text
 */
public record ReviewRouting(String reviewGroup, int priority, Duration dueIn, boolean secondReviewRequired) {

    public static final String OUTPUT_GROUP = "reviewGroup";
    public static final String OUTPUT_PRIORITY = "reviewPriority";
    public static final String OUTPUT_DUE_IN = "reviewDueIn";
    public static final String OUTPUT_SECOND_REVIEW = "secondReviewRequired";

    /** The routing's invariants, checked on every table at deploy time and applied again at run time. */
    public static final String EMERGENCY_SEVERITY = "EMERGENCY";
    /** An emergency is reviewed by this group. */
    public static final String EMERGENCY_GROUP = "on-call";
    /** This category always gets a second reviewer, whatever its severity. */
    public static final String SELF_HARM_CATEGORY = "SUICIDAL_SELF_HARM";
    /**
     * The category of a message that could not be screened within the screening deadline: handled as an emergency
     * (safety message, on-call review), with no draft until a later screening succeeds.
     */
    public static final String NOT_SCREENED_CATEGORY = "NOT_SCREENED";

    /** Reads and checks the table's output; throws IllegalStateException naming what is wrong. */
    public static ReviewRouting of(Map<String, Object> output, Set<String> clinicalGroups) {
        if (output == null || output.isEmpty()) {
            throw new IllegalStateException("review-routing matched no rule: the table needs a catch-all rule");
        }
        Object group = output.get(OUTPUT_GROUP);
        if (!(group instanceof String g) || !clinicalGroups.contains(g)) {
            throw new IllegalStateException(
                    "review-routing chose the review group '" + group + "', which is not one of " + clinicalGroups);
        }
        Object priority = output.get(OUTPUT_PRIORITY);
        if (!(priority instanceof Number p)) {
            throw new IllegalStateException("review-routing gave no numeric priority");
        }
        Object due = output.get(OUTPUT_DUE_IN);
        Duration dueIn;
        try {
            dueIn = Duration.parse(String.valueOf(due));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "review-routing gave the due time '" + due + "', which is not an ISO-8601 duration such as PT4H");
        }
        if (dueIn.isNegative() || dueIn.isZero()) {
            throw new IllegalStateException("review-routing gave a due time that is not in the future: " + due);
        }
        return new ReviewRouting(g, p.intValue(), dueIn, Boolean.TRUE.equals(output.get(OUTPUT_SECOND_REVIEW)));
    }

    public Date dueDate(Date now) {
        return Date.from(now.toInstant().plus(dueIn));
    }
}
