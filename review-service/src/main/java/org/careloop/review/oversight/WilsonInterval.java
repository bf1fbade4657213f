package org.careloop.review.oversight;

/** The 95% Wilson score interval of a proportion: honest for the few canaries one reviewer meets in a month. */
public record WilsonInterval(double low, double high) {

    private static final double Z = 1.959964;

    public static WilsonInterval of(int successes, int trials) {
        if (trials == 0) {
            return new WilsonInterval(0, 1);
        }
        double p = (double) successes / trials;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
        double half = Z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / (1 + z2 / trials);
        return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
