package org.careloop.review.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.careloop.bpmn.routing.ReviewRouting;
import org.careloop.review.policy.PolicyDtos.RedFlag;
import org.careloop.review.screening.Screening;
import org.junit.jupiter.api.Test;

class RoutingFloorTest {

    private static final ReviewRouting LAX_TABLE = new ReviewRouting("clinician", 30, Duration.ofHours(24), false);

    @Test
    void selfHarmGetsASecondReviewerWhateverTheTableSaid() {
        ReviewRouting routing = RoutingFloor.apply(LAX_TABLE, screening("URGENT", "SUICIDAL_SELF_HARM"));

        assertThat(routing.secondReviewRequired()).isTrue();
        assertThat(routing.reviewGroup()).isEqualTo("clinician");
    }

    @Test
    void anEmergencyGoesToOnCallWhateverTheTableSaid() {
        ReviewRouting routing = RoutingFloor.apply(LAX_TABLE, screening("EMERGENCY", "CHEST_PAIN"));

        assertThat(routing.reviewGroup()).isEqualTo("on-call");
        assertThat(routing.secondReviewRequired()).isFalse();
    }

    @Test
    void leavesARoutineRoutingAsTheTableDecided() {
        assertThat(RoutingFloor.apply(LAX_TABLE, screening("ROUTINE", null))).isEqualTo(LAX_TABLE);
    }

    @Test
    void routesAMessageWithNoScreeningAsTheMostUrgentCase() {
        ReviewRouting routing = RoutingFloor.apply(LAX_TABLE, null);

        assertThat(routing.reviewGroup()).isEqualTo("on-call");
        assertThat(routing.secondReviewRequired()).isTrue();
    }

    private static Screening screening(String severity, String category) {
        Screening screening = new Screening();
        screening.highestSeverity = severity;
        screening.redFlags =
                category == null ? List.of() : List.of(new RedFlag(category, severity, 0, 4, "rule", "RULES", 1.0));
        return screening;
    }
}
