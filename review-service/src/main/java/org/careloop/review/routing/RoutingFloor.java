package org.careloop.review.routing;

import org.careloop.bpmn.routing.ReviewRouting;
import org.careloop.review.policy.PolicyDtos.RedFlag;
import org.careloop.review.screening.Screening;

/**
 * What no routing table can lower, decided from the screening review-service stored (not from process variables):
 * an emergency is reviewed by on-call, and self-harm always gets a second reviewer. The deploy-time check refuses
 * tables that break these; this is the run-time half, for a table that got through anyway.
 */
public final class RoutingFloor {

    private RoutingFloor() {}

    public static ReviewRouting apply(ReviewRouting routing, Screening screening) {
        if (screening == null) {
            return new ReviewRouting(
                    ReviewRouting.EMERGENCY_GROUP, Math.max(routing.priority(), 100), routing.dueIn(), true);
        }
        boolean emergency = ReviewRouting.EMERGENCY_SEVERITY.equals(screening.highestSeverity);
        boolean secondReview = routing.secondReviewRequired()
                || screening.redFlags.stream()
                        .map(RedFlag::category)
                        .anyMatch(ReviewRouting.SELF_HARM_CATEGORY::equals);
        String group = emergency ? ReviewRouting.EMERGENCY_GROUP : routing.reviewGroup();
        return new ReviewRouting(group, routing.priority(), routing.dueIn(), secondReview);
    }
}
