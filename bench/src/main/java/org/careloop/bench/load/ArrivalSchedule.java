package org.careloop.bench.load;

import java.util.Random;

/**
 * When the next message arrives, independent of how fast careloop answers (an open model): a constant rate, or a
 * Poisson process (exponential gaps) of the same mean rate, as independent patients would write.
 */
public interface ArrivalSchedule {

    /** Nanoseconds from the previous arrival to the next. */
    long nextGapNanos();

    static ArrivalSchedule constant(double perSecond) {
        requirePositive(perSecond);
        long gap = Math.round(1e9 / perSecond);
        return () -> gap;
    }

    static ArrivalSchedule poisson(double perSecond, long seed) {
        requirePositive(perSecond);
        Random random = new Random(seed);
        double meanNanos = 1e9 / perSecond;
        // Inverse transform of the exponential distribution; 1 - u keeps the logarithm's argument above 0.
        return () -> Math.round(-Math.log(1 - random.nextDouble()) * meanNanos);
    }

    private static void requirePositive(double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("the arrival rate must be above 0, got " + perSecond);
        }
    }
}
