package org.careloop.review.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JobsInFlightTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final JobsInFlight inFlight = new JobsInFlight(now::get);

    @Test
    void aJobCountsFromItsHandOverUntilItsThreadIsDoneWithIt() {
        inFlight.add(List.of("a", "b"));
        now.addAndGet(3_600_000);
        assertThat(inFlight.contains("a")).isTrue();

        inFlight.done("a", false);

        assertThat(inFlight.contains("a")).isFalse();
        assertThat(inFlight.contains("b")).isTrue();
        assertThat(inFlight.takeFailed()).isFalse();
    }

    @Test
    void aBatchTheQueueRefusedCountsUntilTheAcquisitionCouldHaveSubmittedItAgain() {
        inFlight.add(List.of("a"));
        inFlight.handedBack(List.of("a"));
        now.addAndGet(JobsInFlight.HANDED_BACK.toMillis());
        assertThat(inFlight.contains("a")).isTrue();

        now.addAndGet(1);
        assertThat(inFlight.contains("a"))
                .as("dropped by a failed acquisition: nothing runs it")
                .isFalse();
    }

    @Test
    void aBatchSubmittedAgainCountsAsHeldAgain() {
        inFlight.handedBack(List.of("a"));
        inFlight.add(List.of("a"));
        now.addAndGet(JobsInFlight.HANDED_BACK.toMillis() + 1);
        assertThat(inFlight.contains("a")).isTrue();
    }

    @Test
    void aFailedJobIsReportedOnceToTheNextLook() {
        inFlight.add(List.of("a"));
        inFlight.done("a", true);

        assertThat(inFlight.takeFailed()).isTrue();
        assertThat(inFlight.takeFailed()).isFalse();
    }
}
