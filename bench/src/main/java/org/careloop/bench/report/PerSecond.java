package org.careloop.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/** Events counted per whole second since an origin. */
public final class PerSecond {

    private final ConcurrentMap<Long, LongAdder> counts = new ConcurrentHashMap<>();

    public void count(long millisSinceOrigin) {
        counts.computeIfAbsent(Math.floorDiv(millisSinceOrigin, 1000L), s -> new LongAdder())
                .increment();
    }

    /** One count per second from 0 to the last second with an event, zeros included. */
    public List<Long> series() {
        long last = counts.keySet().stream().mapToLong(Long::longValue).max().orElse(-1);
        List<Long> series = new ArrayList<>();
        for (long s = 0; s <= last; s++) {
            LongAdder adder = counts.get(s);
            series.add(adder == null ? 0 : adder.sum());
        }
        return series;
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }
}
