package org.careloop.policy.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.careloop.policy.checks.CheckDraftRequest;
import org.careloop.policy.checks.Citation;
import org.careloop.policy.checks.DraftChecker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What {@code POST /check-draft} computes (phrase rules, citation coverage, the de-identifier on the draft,
 * reading level, stigmatising terms, emergency advice and the semantic layer, which embeds every clause) on a
 * typical careful reply and on a long one, without HTTP: throughput and the latency distribution. A program that
 * prints its figures, not a test; run it like {@link ScreenBenchmark}, naming this class.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DraftCheckBenchmark {

    /** About 700 characters: what the drafting model usually returns. */
    private static final String TYPICAL = "Hi [NAME_1], thank you for your message. A cough that lingers for two or "
            + "three weeks after a cold is common, and it often settles on its own. It could also be linked to your "
            + "asthma, so we would like a nurse to listen to your chest. Please keep using your inhalers as "
            + "prescribed until we have seen you. Warm drinks, honey and rest may ease it in the meantime. If you "
            + "become short of breath at rest, cough up blood or have chest pain, call 999 or go to A&E straight "
            + "away. You can book a routine appointment online or by phone. Best wishes, your care team";

    @Param({"typical-700-characters", "long-2-kilobytes"})
    public String kind;

    private DraftChecker checker;
    private CheckDraftRequest request;

    @Setup
    public void setUp() {
        checker = DraftChecker.fromClasspath();
        String draft = kind.startsWith("long") ? ScreenBenchmark.twoKilobytes(TYPICAL) : TYPICAL;
        request = new CheckDraftRequest("", draft, List.of(new Citation("kb", 0, draft.length())), List.of());
    }

    @Benchmark
    public Object check() {
        return checker.check(request);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(DraftCheckBenchmark.class.getSimpleName())
                        .build())
                .run();
    }
}
