package org.careloop.bench.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.careloop.bench.history.ProcessTimeline.Step;
import org.junit.jupiter.api.Test;

class FlowTimesTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void stepsWaitsAndTimeToTheReviewTaskComeFromTheHistory() {
        ProcessTimeline routine = new ProcessTimeline(
                "m1",
                at(0),
                at(900),
                List.of(
                        step("Task_ScreenMessage", 100, 200),
                        step("Task_DraftReply", 250, 450),
                        step("Task_CheckDraft", 500, 800),
                        step("Task_RouteReview", 800, 850),
                        new Step("Task_ReviewDraft", "userTask", at(900), null)));

        FlowTimes flow = new FlowTimes(List.of(routine), Set.of());

        assertThat(flow.toReviewTask().percentiles().p50()).isCloseTo(900, offset(1.0));
        assertThat(flow.steps().get("screen").percentiles().p50()).isCloseTo(100, offset(0.5));
        assertThat(flow.steps().get("draft").percentiles().p50()).isCloseTo(200, offset(0.5));
        assertThat(flow.steps().get("check").percentiles().p50()).isCloseTo(300, offset(0.5));
        assertThat(flow.steps()).doesNotContainKey("review (clinician)"); // still open
        assertThat(flow.waits()
                        .get("wait: accepted → screen starts")
                        .percentiles()
                        .p50())
                .isCloseTo(100, offset(0.5));
        assertThat(flow.waits().get("wait: screen → draft starts").percentiles().p50())
                .isCloseTo(50, offset(0.5));
        assertThat(flow.waits().get("wait: route → review task").percentiles().p50())
                .isCloseTo(50, offset(0.5));
    }

    @Test
    void throughputCountsMessagesThatReachedTheirTaskOverTheWholeSpan() {
        ProcessTimeline first = new ProcessTimeline("m1", at(0), at(1_000), List.of());
        ProcessTimeline second = new ProcessTimeline("m2", at(500), at(2_000), List.of());
        ProcessTimeline stuck = new ProcessTimeline("m3", at(600), null, List.of());

        FlowTimes flow = new FlowTimes(List.of(first, second, stuck), Set.of("m2"));

        assertThat(flow.messages()).isEqualTo(3);
        assertThat(flow.withTask()).isEqualTo(2);
        assertThat(flow.throughputToTask()).isCloseTo(1.0, offset(0.001)); // 2 tasks in 2 s
        assertThat(flow.toReviewTaskRoutine().percentiles().count()).isEqualTo(1); // m2 was an emergency
        assertThat(flow.startedPerSecond().series()).containsExactly(3L);
        assertThat(flow.reachedTaskPerSecond().series()).containsExactly(0L, 1L, 1L);
    }

    private static Step step(String id, long startMs, long endMs) {
        return new Step(id, "serviceTask", at(startMs), at(endMs));
    }

    private static Instant at(long ms) {
        return T0.plusMillis(ms);
    }
}
