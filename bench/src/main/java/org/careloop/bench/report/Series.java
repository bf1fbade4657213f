package org.careloop.bench.report;

import java.util.List;

/** A named line or set of bars: (x, y) points. */
public record Series(String name, List<double[]> points) {}
