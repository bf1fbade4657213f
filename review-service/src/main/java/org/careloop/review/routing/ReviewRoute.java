package org.careloop.review.routing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.careloop.bpmn.routing.ReviewRouting;
import org.careloop.review.screening.Screening;

/**
 * One routing of a review, as review-service decided it: the group, and whether a second reviewer must confirm.
 * A message routed again (after the patient answered a question) gets another row; a second review required once
 * stays required for the instance.
 */
@Entity
@Table(name = "review_route")
public class ReviewRoute extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "message_id", nullable = false)
    public UUID messageId;

    @Column(name = "process_instance_id", nullable = false)
    public String processInstanceId;

    @Column(name = "review_group", nullable = false)
    public String reviewGroup;

    @Column(name = "second_review_required", nullable = false)
    public boolean secondReviewRequired;

    public String severity;

    public String category;

    @Column(name = "routed_at", nullable = false)
    public Instant routedAt;

    /** Records a routing of the instance's review; the screening gives its severity and category, when there is one. */
    public static ReviewRoute record(
            String processInstanceId, UUID messageId, ReviewRouting routing, Screening screening) {
        ReviewRoute route = new ReviewRoute();
        route.id = UUID.randomUUID();
        route.messageId = messageId;
        route.processInstanceId = processInstanceId;
        route.reviewGroup = routing.reviewGroup();
        route.secondReviewRequired = routing.secondReviewRequired();
        route.severity = screening == null ? null : screening.highestSeverity;
        route.category = screening == null || screening.redFlags.isEmpty()
                ? null
                : screening.redFlags.get(0).category();
        route.routedAt = Instant.now();
        route.persist();
        return route;
    }

    /** How many different clinicians must approve a reply in this instance; 0 when it was never routed. */
    public static int approvalsRequired(String processInstanceId) {
        var routes = ReviewRoute.<ReviewRoute>list("processInstanceId", processInstanceId);
        if (routes.isEmpty()) {
            return 0;
        }
        return routes.stream().anyMatch(r -> r.secondReviewRequired) ? 2 : 1;
    }
}
