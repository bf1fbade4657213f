package org.careloop.review.seeding;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.careloop.bpmn.PatientReplyModel;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.checks.DraftCheck;
import org.careloop.review.drafting.Draft;
import org.careloop.review.intake.MessageStatus;
import org.careloop.review.intake.PatientMessage;
import org.careloop.review.policy.PolicyDtos;
import org.careloop.review.process.ProcessVariables;
import org.careloop.review.screening.Screening;
import org.careloop.review.seeding.SeedMix.Kind;

/**
 * Puts open review tasks into the inbox the way the engine does. Each message gets the rows screening, drafting and
 * checking would have stored (no remote service is called), and its patient-reply instance starts at the step after
 * them: the routing for a routine or urgent message, the safety message for an emergency. From there the real model
 * runs: the review-routing table, the routing listener (review_route, audit), the review user task with its group,
 * priority and due date, its SLA timer, and the task listener that moves the message to IN_REVIEW.
 */
@ApplicationScoped
public class InboxSeeder {

    private static final List<String> TEXTS = List.of(
            "I have had a sore throat for three days and it hurts to swallow.",
            "Can I take my blood pressure tablets with the new antibiotics?",
            "My son has had a temperature since last night and is not eating much.",
            "The rash on my arm is spreading and it itches at night.",
            "I keep waking up dizzy in the morning, is that the new medicine?");
    private static final String DRAFT_TEXT =
            "Hello [NAME_1], thank you for your message. A clinician will look at this with you. Please call us if it"
                    + " gets worse.";
    private static final int PATIENTS = 20_000;

    @Inject
    RuntimeService runtimeService;

    @Inject
    AuditLog audit;

    /** Result of a run: how many reviews were created, in how long. */
    public record Seeded(int tasks, Duration took) {

        public double perSecond() {
            return tasks / Math.max(0.001, took.toMillis() / 1000.0);
        }
    }

    /** Seeds {@code tasks} reviews, {@code batch} messages per transaction, on {@code threads} threads. */
    public Seeded seed(int tasks, int threads, int batch, IntConsumer progress) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        Instant start = Instant.now();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> batches = new ArrayList<>();
            for (int from = 0; from < tasks; from += batch) {
                int first = from;
                int last = Math.min(tasks, from + batch);
                batches.add(pool.submit(() -> {
                    QuarkusTransaction.requiringNew().run(() -> {
                        for (int n = first; n < last; n++) {
                            seedOne(run, n);
                        }
                    });
                    progress.accept(done.addAndGet(last - first));
                }));
            }
            for (Future<?> f : batches) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Seeded(done.get(), Duration.between(start, Instant.now()));
    }

    private void seedOne(String run, int n) {
        Kind kind = SeedMix.of(n);
        Instant now = Instant.now();
        PatientMessage message = message(run, n, now);
        message.persist();
        screening(message.id, kind, now).persist();
        Draft draft = draft(message.id, kind, now);
        draft.persist();
        check(message.id, kind, now).persist();

        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.MESSAGE_ID, message.id.toString());
        variables.put(ProcessVariables.HIGHEST_SEVERITY, kind.severity());
        variables.put(ProcessVariables.RED_FLAG_SEVERITY, kind.severity());
        variables.put(ProcessVariables.RED_FLAG_CATEGORY, kind.category());
        variables.put(ProcessVariables.DRAFT_AVAILABLE, kind.draftAvailable());
        variables.put(ProcessVariables.RISK_LEVEL, kind.risk());
        ProcessInstance instance = runtimeService
                .createProcessInstanceByKey(PatientReplyModel.PROCESS_ID)
                .businessKey(message.id.toString())
                .setVariables(variables)
                .startBeforeActivity(
                        kind.emergency()
                                ? PatientReplyModel.TASK_SHOW_SAFETY_MESSAGE
                                : PatientReplyModel.TASK_ROUTE_REVIEW)
                .execute();
        message.processInstanceId = instance.getId();
        draft.processInstanceId = instance.getId();
        audit.append(
                AuditType.MESSAGE_RECEIVED,
                message.patientId,
                message.id,
                instance.getId(),
                null,
                Map.of("length", message.text.length(), "seeded", true));
    }

    private static PatientMessage message(String run, int n, Instant now) {
        PatientMessage message = new PatientMessage();
        message.id = UUID.randomUUID();
        message.patientId = "seed-" + run + "-patient-" + (n % PATIENTS);
        message.text = "Hi, this is a seeded message. " + TEXTS.get(n % TEXTS.size());
        message.status = MessageStatus.RECEIVED;
        message.createdAt = now;
        message.updatedAt = now;
        return message;
    }

    private static Screening screening(UUID messageId, Kind kind, Instant now) {
        Screening s = new Screening();
        s.messageId = messageId;
        s.policyVersion = "seeded";
        s.deidentifiedText = "Hi, this is a seeded message.";
        s.entities = List.of();
        s.placeholderValues = Map.of();
        s.redFlags = kind.category() == null
                ? List.of()
                : List.of(new PolicyDtos.RedFlag(kind.category(), kind.severity(), 0, 5, "seeded", "seeded", 1.0));
        s.highestSeverity = kind.severity();
        s.promptInjectionSuspected = false;
        s.screenedAt = now;
        return s;
    }

    private static Draft draft(UUID messageId, Kind kind, Instant now) {
        Draft d = new Draft();
        d.messageId = messageId;
        // Replaced by the instance's id once it is started: the routing listener reads these rows as it starts.
        d.processInstanceId = "seeding";
        d.createdAt = now;
        if (kind.draftAvailable()) {
            d.status = Draft.DRAFTED;
            d.text = DRAFT_TEXT;
            d.citations = List.of();
        } else {
            d.status = Draft.FAILED;
            d.failureReason = "seeded: no draft available";
        }
        return d;
    }

    private static DraftCheck check(UUID messageId, Kind kind, Instant now) {
        DraftCheck c = new DraftCheck();
        c.messageId = messageId;
        c.status = kind.draftAvailable() ? DraftCheck.CHECKED : DraftCheck.NO_DRAFT;
        c.policyVersion = kind.draftAvailable() ? "seeded" : null;
        c.riskLevel = kind.risk();
        c.findings = List.of();
        c.checkedAt = now;
        return c;
    }
}
