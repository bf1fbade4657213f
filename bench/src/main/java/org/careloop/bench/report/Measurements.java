package org.careloop.bench.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import org.careloop.bench.api.Call;

/** What the client saw: per operation, a latency histogram of every answered call and a count per outcome. */
public final class Measurements {

    private final ConcurrentMap<String, Latencies> latencies = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ConcurrentMap<String, LongAdder>> outcomes = new ConcurrentHashMap<>();

    public void record(String operation, Call call) {
        if (call.status() != 0) {
            latencies(operation).recordNanos(call.nanos());
        }
        outcomes.computeIfAbsent(operation, o -> new ConcurrentHashMap<>())
                .computeIfAbsent(call.outcome(), o -> new LongAdder())
                .increment();
    }

    public Latencies latencies(String operation) {
        return latencies.computeIfAbsent(operation, o -> new Latencies());
    }

    /** Operation → outcome ("200", "409", "HttpTimeoutException") → count, sorted. */
    public Map<String, Map<String, Long>> outcomes() {
        Map<String, Map<String, Long>> result = new TreeMap<>();
        outcomes.forEach((operation, byOutcome) -> {
            Map<String, Long> counts = new TreeMap<>();
            byOutcome.forEach((outcome, adder) -> counts.put(outcome, adder.sum()));
            result.put(operation, counts);
        });
        return result;
    }

    /** Operation → percentiles, in the order given, for the operations that were called. */
    public Map<String, Percentiles> percentiles(String... operations) {
        Map<String, Percentiles> result = new LinkedHashMap<>();
        for (String operation : operations) {
            Latencies l = latencies.get(operation);
            if (l != null) {
                result.put(operation, l.percentiles());
            }
        }
        return result;
    }
}
