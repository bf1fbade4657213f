package org.careloop.policy.evaluation;

/** The Wilson score interval of a proportion, the one the README's figures quote. */
record Wilson(int successes, int trials) {

    private static final double Z95 = 1.959964;

    double proportion() {
        return trials == 0 ? Double.NaN : (double) successes / trials;
    }

    double lower() {
        return bound(-1);
    }

    double upper() {
        return bound(1);
    }

    private double bound(int sign) {
        if (trials == 0) {
            return Double.NaN;
        }
        double p = proportion();
        double z2 = Z95 * Z95;
        double centre = p + z2 / (2.0 * trials);
        double spread = Z95 * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials));
        return Math.min(1, Math.max(0, (centre + sign * spread) / (1 + z2 / trials)));
    }

    /** "0.964 (135/140, 95% CI 0.919-0.985)". */
    @Override
    public String toString() {
        return String.format("%.3f (%d/%d, 95%% CI %.3f-%.3f)", proportion(), successes, trials, lower(), upper());
    }
}
