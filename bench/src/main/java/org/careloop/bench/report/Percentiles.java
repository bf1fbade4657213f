package org.careloop.bench.report;

/** A latency distribution's summary, in milliseconds. */
public record Percentiles(long count, double mean, double p50, double p90, double p99, double max) {

    public static final Percentiles EMPTY = new Percentiles(0, 0, 0, 0, 0, 0);
}
