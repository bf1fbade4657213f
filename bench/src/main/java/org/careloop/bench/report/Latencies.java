package org.careloop.bench.report;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** A thread-safe latency histogram in microseconds (three significant digits), read as milliseconds. */
public final class Latencies {

    /** Percentiles the percentile chart draws. */
    static final double[] CURVE = {0, 10, 20, 30, 40, 50, 60, 70, 75, 80, 85, 90, 95, 97.5, 99, 99.5, 99.9, 100};

    private final Histogram histogram = new ConcurrentHistogram(3);

    public void recordNanos(long nanos) {
        recordMicros(Math.max(0, nanos / 1_000));
    }

    public void recordMillis(long millis) {
        recordMicros(Math.max(0, millis) * 1_000);
    }

    private void recordMicros(long micros) {
        histogram.recordValue(micros);
    }

    public Percentiles percentiles() {
        Histogram copy = histogram.copy();
        long count = copy.getTotalCount();
        if (count == 0) {
            return Percentiles.EMPTY;
        }
        return new Percentiles(
                count,
                ms(copy.getMean()),
                ms(copy.getValueAtPercentile(50)),
                ms(copy.getValueAtPercentile(90)),
                ms(copy.getValueAtPercentile(99)),
                ms(copy.getMaxValue()));
    }

    /** (percentile, milliseconds) points for the percentile chart. */
    public List<double[]> curve() {
        Histogram copy = histogram.copy();
        List<double[]> points = new ArrayList<>();
        if (copy.getTotalCount() == 0) {
            return points;
        }
        for (double p : CURVE) {
            long value = p == 100 ? copy.getMaxValue() : copy.getValueAtPercentile(p);
            points.add(new double[] {p, ms(value)});
        }
        return points;
    }

    /** Counts in {@code bins} equal bins from 0 to the 99.9th percentile (the tail beyond goes in the last bin). */
    public Histogram1D bins(int bins) {
        Histogram copy = histogram.copy();
        if (copy.getTotalCount() == 0) {
            return new Histogram1D(0, new long[0]);
        }
        long top = Math.max(copy.getValueAtPercentile(99.9), 1);
        long width = Math.max(1, (top + bins - 1) / bins);
        long[] counts = new long[bins];
        for (int i = 0; i < bins; i++) {
            long low = i * width;
            long high = i == bins - 1 ? Math.max(copy.getMaxValue(), low + width) : low + width - 1;
            counts[i] = copy.getCountBetweenValues(low, high);
        }
        return new Histogram1D(ms(width), counts);
    }

    private static double ms(double micros) {
        return micros / 1_000.0;
    }

    /** Equal-width bins of {@code binMillis}, the first starting at 0. */
    public record Histogram1D(double binMillis, long[] counts) {}
}
