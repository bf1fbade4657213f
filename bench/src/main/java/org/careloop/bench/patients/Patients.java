package org.careloop.bench.patients;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.careloop.bench.api.Call;
import org.careloop.bench.api.ReviewServiceApi;
import org.careloop.bench.load.MessageMix;
import org.careloop.bench.report.PerSecond;

/**
 * Patients writing: each message is sent by the next patient in turn; once accepted, its patient polls it, as the
 * portal does, until it leaves {@code RECEIVED} (a review task is open) or the run stops polling.
 */
public final class Patients {

    private final ReviewServiceApi api;
    private final List<String> usernames;
    private final MessageMix mix;
    private final ScheduledExecutorService polls;
    private final Duration pollInterval;
    private final long runStartNanos;
    private final SentMessages sent = new SentMessages();
    private final PerSecond acceptedPerSecond = new PerSecond();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong inFlight = new AtomicLong();
    private volatile boolean polling = true;

    public Patients(
            ReviewServiceApi api,
            List<String> usernames,
            MessageMix mix,
            ScheduledExecutorService polls,
            Duration pollInterval,
            long runStartNanos) {
        this.api = api;
        this.usernames = List.copyOf(usernames);
        this.mix = mix;
        this.polls = polls;
        this.pollInterval = pollInterval;
        this.runStartNanos = runStartNanos;
    }

    public boolean polls() {
        return !pollInterval.isZero();
    }

    /** Sends one message; completes when careloop answered (the 202 or an error), without waiting for more. */
    public CompletableFuture<Call> send() {
        String patient = usernames.get(Math.floorMod(next.getAndIncrement(), usernames.size()));
        MessageMix.Pick pick = mix.next();
        inFlight.incrementAndGet();
        return api.sendMessage(patient, pick.text()).whenComplete((call, failure) -> {
            inFlight.decrementAndGet();
            if (call != null
                    && call.is(202)
                    && call.body() != null
                    && call.body().hasNonNull("id")) {
                long acceptedAt = System.nanoTime() - runStartNanos;
                SentMessage message = new SentMessage(call.body().get("id").asText(), patient, pick.kind(), acceptedAt);
                sent.add(message);
                acceptedPerSecond.count(acceptedAt / 1_000_000);
                schedulePoll(message);
            }
        });
    }

    private void schedulePoll(SentMessage message) {
        if (!polling || pollInterval.isZero()) {
            return;
        }
        polls.schedule(() -> poll(message), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll(SentMessage message) {
        api.message(message.patient(), message.id()).whenComplete((call, failure) -> {
            JsonNode body = call == null ? null : call.body();
            String status = body == null ? null : body.path("status").asText(null);
            if (call != null && call.is(200) && status != null && !"RECEIVED".equals(status)) {
                sent.markInReview(message.id());
            } else {
                schedulePoll(message);
            }
        });
    }

    public void stopPolling() {
        polling = false;
    }

    public long inFlight() {
        return inFlight.get();
    }

    public SentMessages sent() {
        return sent;
    }

    public PerSecond acceptedPerSecond() {
        return acceptedPerSecond;
    }
}
