package org.careloop.bench.history;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careloop.bench.history.ProcessTimeline.Step;
import org.careloop.bench.report.Latencies;
import org.careloop.bench.report.PerSecond;

/**
 * What the engine's history says of this run: time from acceptance to the review task, how many messages were
 * accepted and reached their task each second (both on the engine's clock, so the two series line up), each step's
 * own time, and the waits between steps (job acquisition, queueing, commits).
 */
public final class FlowTimes {

    /** The steps of a message's way to its review task, in order, with the names the report uses. */
    static final Map<String, String> STEPS = stepNames();

    /** Waits between two activities (from the end of the first, or the process start, to the start of the next). */
    static final List<String[]> WAITS = List.of(
            new String[] {"start", "Task_ScreenMessage", "wait: accepted → screen starts"},
            new String[] {"Task_ScreenMessage", "Task_DraftReply", "wait: screen → draft starts"},
            new String[] {"Task_DraftReply", "Task_CheckDraft", "wait: draft → check starts"},
            new String[] {"Task_CheckDraft", "Task_RouteReview", "wait: check → route starts"},
            new String[] {"Task_RouteReview", "Task_ReviewDraft", "wait: route → review task"},
            new String[] {"Task_ScreenMessage", "Task_ShowSafetyMessage", "wait: screen → safety message"});

    private final Latencies toReviewTask = new Latencies();
    private final Latencies toReviewTaskRoutine = new Latencies();
    private final Map<String, Latencies> steps = new LinkedHashMap<>();
    private final Map<String, Latencies> waits = new LinkedHashMap<>();
    private final PerSecond started = new PerSecond();
    private final PerSecond reachedTask = new PerSecond();
    private int messages;
    private int withTask;
    private Instant firstStart;
    private Instant lastTask;

    public FlowTimes(List<ProcessTimeline> timelines, java.util.Set<String> emergencies) {
        STEPS.values().forEach(name -> steps.put(name, new Latencies()));
        WAITS.forEach(w -> waits.put(w[2], new Latencies()));
        firstStart = timelines.stream()
                .map(ProcessTimeline::started)
                .min(Instant::compareTo)
                .orElse(null);
        for (ProcessTimeline t : timelines) {
            add(t, emergencies.contains(t.messageId()));
        }
        steps.values().removeIf(l -> l.percentiles().count() == 0);
        waits.values().removeIf(l -> l.percentiles().count() == 0);
    }

    private void add(ProcessTimeline t, boolean emergency) {
        messages++;
        started.count(millis(firstStart, t.started()));
        if (t.reviewTaskCreated() != null) {
            withTask++;
            long toTask = millis(t.started(), t.reviewTaskCreated());
            toReviewTask.recordMillis(toTask);
            if (!emergency) {
                toReviewTaskRoutine.recordMillis(toTask);
            }
            reachedTask.count(millis(firstStart, t.reviewTaskCreated()));
            if (lastTask == null || t.reviewTaskCreated().isAfter(lastTask)) {
                lastTask = t.reviewTaskCreated();
            }
        }
        for (Step step : t.steps()) {
            String name = STEPS.get(step.activityId());
            if (name != null && step.ended() != null) {
                steps.get(name).recordMillis(millis(step.started(), step.ended()));
            }
        }
        for (String[] wait : WAITS) {
            Instant from = "start".equals(wait[0]) ? t.started() : endOf(t.first(wait[0]));
            Step to = t.first(wait[1]);
            if (from != null && to != null && !to.started().isBefore(from)) {
                waits.get(wait[2]).recordMillis(millis(from, to.started()));
            }
        }
    }

    private static Instant endOf(Step step) {
        return step == null ? null : step.ended();
    }

    private static long millis(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }

    public Latencies toReviewTask() {
        return toReviewTask;
    }

    /** Without the emergencies, whose review opens right after screening, before any draft. */
    public Latencies toReviewTaskRoutine() {
        return toReviewTaskRoutine;
    }

    public Map<String, Latencies> steps() {
        return steps;
    }

    public Map<String, Latencies> waits() {
        return waits;
    }

    public PerSecond startedPerSecond() {
        return started;
    }

    public PerSecond reachedTaskPerSecond() {
        return reachedTask;
    }

    public int messages() {
        return messages;
    }

    public int withTask() {
        return withTask;
    }

    /** Messages that reached their task per second, from the first acceptance to the last task created. */
    public double throughputToTask() {
        if (withTask == 0 || lastTask == null) {
            return 0;
        }
        double seconds = Math.max(millis(firstStart, lastTask), 1) / 1000.0;
        return withTask / seconds;
    }

    private static Map<String, String> stepNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("Task_ScreenMessage", "screen");
        names.put("Task_ShowSafetyMessage", "safety message");
        names.put("Task_DraftReply", "draft");
        names.put("Task_DraftReplyBeside", "draft (beside emergency)");
        names.put("Task_CheckDraft", "check");
        names.put("Task_CheckDraftBeside", "check (beside emergency)");
        names.put("Task_RouteReview", "route");
        names.put("Task_ReviewDraft", "review (clinician)");
        names.put("Task_ReleaseReply", "release");
        return names;
    }
}
