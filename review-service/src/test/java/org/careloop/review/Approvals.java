package org.careloop.review;

import java.time.Instant;
import java.util.UUID;
import org.careloop.review.inbox.Approval;
import org.careloop.review.inbox.DecisionAction;
import org.careloop.review.routing.ReviewRoute;
import org.careloop.review.support.Sha256;

/** Approval records made by a test rather than by a decision: what the release guards must not simply trust. */
public final class Approvals {

    private Approvals() {}

    /** Persists a routing of the instance's review, as the routing listener would; call it inside a transaction. */
    public static ReviewRoute route(String instanceId, UUID messageId, boolean secondReviewRequired) {
        ReviewRoute route = new ReviewRoute();
        route.id = UUID.randomUUID();
        route.messageId = messageId;
        route.processInstanceId = instanceId;
        route.reviewGroup = "clinician";
        route.secondReviewRequired = secondReviewRequired;
        route.routedAt = Instant.now();
        route.persist();
        return route;
    }

    /** Persists carter's approval of {@code text} for the instance; call it inside a transaction. */
    public static Approval forge(String instanceId, UUID messageId, String text) {
        Approval approval = new Approval();
        approval.id = UUID.randomUUID();
        approval.processInstanceId = instanceId;
        approval.taskId = "test-" + approval.id;
        approval.messageId = messageId;
        approval.clinicianUsername = "carter";
        approval.clinicianDisplayName = "Maya Carter";
        approval.action = DecisionAction.EDIT_AND_APPROVE;
        approval.textSha256 = Sha256.hex(text);
        approval.approvedAt = Instant.now();
        approval.persist();
        return approval;
    }
}
