package org.careloop.policy.triage;

import org.careloop.policy.checks.DraftChecker;

/**
 * Embeds the exemplar sentences of the current policy (triage and draft checks) into the directory given as the
 * first argument, for {@link ExemplarVectors}. Maven runs it after compiling, into {@code target/classes}, so the
 * packaged service starts without embedding them.
 */
public final class ExemplarVectorIndex {

    private ExemplarVectorIndex() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ExemplarVectorIndex OUTPUT_DIRECTORY");
        }
        System.setProperty(ExemplarVectors.WRITE_TO, args[0]);
        long start = System.nanoTime();
        Triage.fromClasspath();
        DraftChecker.fromClasspath();
        System.out.printf("exemplar vectors written to %s in %.1f s%n", args[0], (System.nanoTime() - start) / 1e9);
        System.exit(0);
    }
}
