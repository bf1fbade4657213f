package org.careloop.bench.load;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Fires arrivals on a schedule and never waits for careloop's answers: a slow careloop faces the same arrival rate,
 * as it would from independent patients, instead of being sent less (what a closed loop does).
 */
public final class OpenModel {

    private final ArrivalSchedule schedule;
    private final Duration duration;
    private final int maxArrivals;
    private long maxLagNanos;

    /** @param maxArrivals stop after this many, 0 for no limit */
    public OpenModel(ArrivalSchedule schedule, Duration duration, int maxArrivals) {
        this.schedule = schedule;
        this.duration = duration;
        this.maxArrivals = maxArrivals;
    }

    /** Calls {@code arrival} at each scheduled time on this thread; returns the number of arrivals fired. */
    public int run(Runnable arrival) {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long next = start;
        int fired = 0;
        while (maxArrivals == 0 || fired < maxArrivals) {
            if (next >= end) {
                break;
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            // Arrivals are scheduled on absolute times, so a late one does not push the ones after it back.
            maxLagNanos = Math.max(maxLagNanos, System.nanoTime() - next);
            arrival.run();
            fired++;
            next += schedule.nextGapNanos();
        }
        return fired;
    }

    public long maxLagNanos() {
        return maxLagNanos;
    }
}
