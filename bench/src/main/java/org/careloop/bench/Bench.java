package org.careloop.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import org.careloop.bench.api.Json;
import org.careloop.bench.api.ReviewServiceApi;
import org.careloop.bench.api.Tokens;
import org.careloop.bench.clinicians.ClinicianDesk;
import org.careloop.bench.clinicians.Decisions;
import org.careloop.bench.history.EngineHistory;
import org.careloop.bench.history.FlowTimes;
import org.careloop.bench.load.ArrivalSchedule;
import org.careloop.bench.load.ClosedLoop;
import org.careloop.bench.load.MessageKind;
import org.careloop.bench.load.MessageMix;
import org.careloop.bench.load.OpenModel;
import org.careloop.bench.patients.Patients;
import org.careloop.bench.patients.SentMessage;
import org.careloop.bench.report.Charts;
import org.careloop.bench.report.ConsoleReport;
import org.careloop.bench.report.HtmlReport;
import org.careloop.bench.report.Measurements;
import org.careloop.bench.report.Percentiles;
import org.careloop.bench.report.Summary;

/** One run: patients send, clinicians decide, then the engine's history is read and the report written. */
final class Bench {

    private final BenchOptions options;
    private final Measurements measurements = new Measurements();
    private final Decisions decisions = new Decisions();

    Bench(BenchOptions options) {
        this.options = options;
    }

    Summary run() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Tokens tokens = new Tokens(http, options.keycloakUrl(), options.clientId(), options.password());
        // Every user's first token before the clock starts, so that Keycloak's answers are not in the figures.
        options.patients().forEach(tokens::of);
        options.clinicians().forEach(tokens::of);
        ReviewServiceApi api = new ReviewServiceApi(http, options.reviewUrl(), tokens, measurements);
        Map<String, Object> conditions = conditions();
        if (!options.clinicians().isEmpty()) {
            // Open tasks make the inbox page slower; runs are only comparable with this beside them.
            var inbox = api.inbox(options.clinicians().get(0)).join();
            conditions.put(
                    "open tasks in " + options.clinicians().get(0) + "'s inbox at start",
                    inbox.body() != null && inbox.body().isArray()
                            ? inbox.body().size()
                            : inbox.outcome());
        }
        ScheduledExecutorService polls = Executors.newScheduledThreadPool(2);
        long runStart = System.nanoTime();
        Patients patients = new Patients(
                api,
                options.patients(),
                new MessageMix(options.mix(), options.seed()),
                polls,
                options.pollInterval(),
                runStart);
        List<ClinicianDesk> desks = new ArrayList<>();
        List<Thread> deskThreads = new ArrayList<>();
        for (String clinician : options.clinicians()) {
            ClinicianDesk desk = new ClinicianDesk(api, clinician, patients.sent(), decisions, options.inboxPause());
            desks.add(desk);
            Thread t = new Thread(desk, "desk-" + clinician);
            t.setDaemon(true);
            deskThreads.add(t);
            t.start();
        }

        progress("sending: " + describeLoad());
        int sent;
        long lagNanos = 0;
        if (options.closedLoop()) {
            sent = new ClosedLoop(options.concurrency(), options.messages(), options.duration()).run(patients::send);
        } else {
            ArrivalSchedule schedule = "constant".equals(options.arrivals())
                    ? ArrivalSchedule.constant(options.rate())
                    : ArrivalSchedule.poisson(options.rate(), options.seed());
            OpenModel open = new OpenModel(schedule, options.duration(), options.messages());
            sent = open.run(patients::send);
            lagNanos = open.maxLagNanos();
        }
        while (patients.inFlight() > 0) {
            Thread.sleep(20);
        }
        double sendingSeconds = (System.nanoTime() - runStart) / 1e9;
        EngineHistory history =
                options.history() ? new EngineHistory(options.dbUrl(), options.dbUser(), options.dbPassword()) : null;
        drain(patients, history);
        patients.stopPolling();
        desks.forEach(ClinicianDesk::stop);
        polls.shutdownNow();
        conditions.put("load average after (1/5/15 min)", loadAverage());

        FlowTimes flow = null;
        String notRead = null;
        if (history != null) {
            try {
                Set<String> emergencies = patients.sent().all().stream()
                        .filter(m -> m.kind() == MessageKind.EMERGENCY)
                        .map(SentMessage::id)
                        .collect(Collectors.toSet());
                List<String> ids =
                        patients.sent().all().stream().map(SentMessage::id).toList();
                flow = new FlowTimes(history.timelines(ids), emergencies);
            } catch (Exception e) {
                notRead = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        } else {
            notRead = "--no-history";
        }
        Summary summary = summarize(conditions, sent, patients, sendingSeconds, lagNanos, flow, notRead);
        ConsoleReport.print(summary, System.out);
        write(summary, flow);
        return summary;
    }

    /**
     * Waits until every accepted message has its review task (the engine's history says so, or else the patients'
     * polls) and, when clinicians decide, has been reviewed; or until the drain time is up.
     */
    private void drain(Patients patients, EngineHistory history) throws InterruptedException {
        long end = System.nanoTime() + options.drain().toNanos();
        long nextProgress = 0;
        while (System.nanoTime() < end) {
            int accepted = patients.sent().acceptedCount();
            int inReview = inReview(patients, history);
            int reviewed = decisions.messagesReviewed();
            boolean done = inReview >= accepted && (options.clinicians().isEmpty() || reviewed >= accepted);
            if (System.nanoTime() >= nextProgress || done) {
                progress("accepted %d, at their review task %d, reviewed %d".formatted(accepted, inReview, reviewed));
                nextProgress = System.nanoTime() + 10_000_000_000L;
            }
            if (done) {
                return;
            }
            Thread.sleep(history != null ? 1000 : 200);
        }
        progress("drain time (" + options.drain().toSeconds() + " s) is up; reporting what got through");
    }

    private static int inReview(Patients patients, EngineHistory history) {
        if (history != null) {
            try {
                return history.withReviewTask(
                        patients.sent().all().stream().map(SentMessage::id).toList());
            } catch (Exception e) {
                // fall back to what the patients saw
            }
        }
        return patients.polls()
                ? patients.sent().inReviewCount()
                : patients.sent().acceptedCount();
    }

    private Summary summarize(
            Map<String, Object> conditions,
            int sent,
            Patients patients,
            double sendingSeconds,
            long lagNanos,
            FlowTimes flow,
            String notRead) {
        int accepted = patients.sent().acceptedCount();
        Map<String, Percentiles> api = measurements.percentiles(
                ReviewServiceApi.SEND,
                ReviewServiceApi.POLL,
                ReviewServiceApi.INBOX,
                ReviewServiceApi.TASK,
                ReviewServiceApi.CLAIM,
                ReviewServiceApi.DECIDE);
        Summary.Engine engine = null;
        List<Long> acceptedSeries = patients.acceptedPerSecond().series();
        List<Long> taskSeries = List.of();
        if (flow != null) {
            engine = new Summary.Engine(
                    flow.messages(),
                    flow.withTask(),
                    flow.throughputToTask(),
                    flow.toReviewTask().percentiles(),
                    flow.toReviewTaskRoutine().percentiles(),
                    percentiles(flow.steps()),
                    percentiles(flow.waits()));
            acceptedSeries = flow.startedPerSecond().series();
            taskSeries = flow.reachedTaskPerSecond().series();
        }
        return new Summary(
                conditions,
                sent,
                accepted,
                sendingSeconds,
                accepted / Math.max(sendingSeconds, 0.001),
                lagNanos / 1e6,
                patients.sent().inReviewCount(),
                api,
                measurements.outcomes(),
                engine,
                notRead,
                decisions.byKind(),
                decisions.drafters(),
                acceptedSeries,
                taskSeries);
    }

    private static Map<String, Percentiles> percentiles(Map<String, org.careloop.bench.report.Latencies> all) {
        Map<String, Percentiles> result = new LinkedHashMap<>();
        all.forEach((name, latencies) -> result.put(name, latencies.percentiles()));
        return result;
    }

    private void write(Summary summary, FlowTimes flow) throws Exception {
        Path html = options.report().toAbsolutePath();
        Path dir = html.getParent();
        Files.createDirectories(dir);
        Map<String, String> charts = Charts.draw(summary, measurements, flow);
        for (Map.Entry<String, String> chart : charts.entrySet()) {
            Files.writeString(dir.resolve(chart.getKey()), chart.getValue());
        }
        Files.writeString(html, HtmlReport.render(summary, charts));
        String name = html.getFileName().toString().replaceFirst("\\.html?$", "");
        Path json = dir.resolve(name + ".json");
        Files.writeString(json, Json.write(summary));
        System.out.println();
        System.out.println("report: " + html + "  summary: " + json + "  charts: " + dir + "/*.svg");
    }

    private Map<String, Object> conditions() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("started", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        c.put("load", describeLoad());
        c.put("mix (routine, emergency, identifiers)", java.util.Arrays.toString(options.mix()));
        c.put("clinicians deciding", options.clinicians().isEmpty() ? "none" : String.join(",", options.clinicians()));
        c.put("model", options.model());
        c.put("review-service", options.reviewUrl());
        c.put("cores", Runtime.getRuntime().availableProcessors());
        c.put("load average before (1/5/15 min)", loadAverage());
        if (!options.note().isBlank()) {
            c.put("note", options.note());
        }
        return c;
    }

    private String describeLoad() {
        if (options.closedLoop()) {
            return "closed loop: %d senders, %d messages".formatted(options.concurrency(), options.messages());
        }
        return "open model: %s arrivals at %s/s for %d s%s"
                .formatted(
                        options.arrivals(),
                        SvgNumber.format(options.rate()),
                        options.duration().toSeconds(),
                        options.messages() > 0 ? " (at most " + options.messages() + " messages)" : "");
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void progress(String line) {
        System.err.println("[bench] " + line);
    }

    /** Rates as people write them: 10, not 10.0. */
    private static final class SvgNumber {
        static String format(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }
}
