package org.careloop.review.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.careloop.review.inbox.DecisionAction;
import org.junit.jupiter.api.Test;

class ReleaseLabelTest {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-11-27T23:30:00Z");

    @Test
    void shouldLabelAnApprovedDraftAsAiAssistedAndReviewed() {
        assertThat(ReleaseLabel.of(DecisionAction.APPROVE, "Maya Carter", LATE_EVENING_UTC, ZoneId.of("UTC")))
                .isEqualTo("Drafted with AI assistance and reviewed by Maya Carter on 2026-11-27");
        assertThat(ReleaseLabel.of(DecisionAction.EDIT_AND_APPROVE, "Jordan Lee", LATE_EVENING_UTC, ZoneId.of("UTC")))
                .isEqualTo("Drafted with AI assistance and reviewed by Jordan Lee on 2026-11-27");
    }

    @Test
    void shouldDateTheReviewInTheClinicsZone() {
        assertThat(ReleaseLabel.of(DecisionAction.APPROVE, "Maya Carter", LATE_EVENING_UTC, ZoneId.of("Europe/Berlin")))
                .endsWith("on 2026-11-28");
    }

    @Test
    void shouldLabelARejectedDraftsReplyAsWrittenByTheClinician() {
        assertThat(ReleaseLabel.of(DecisionAction.REJECT, "Maya Carter", LATE_EVENING_UTC, ZoneId.of("UTC")))
                .isEqualTo("Written by Maya Carter");
    }
}
