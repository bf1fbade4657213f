package org.careloop.policy.benchmark;

import java.util.concurrent.TimeUnit;

import org.careloop.policy.deid.DeidResult;
import org.careloop.policy.deid.Deidentifier;
import org.careloop.policy.policy.CurrentPolicy;
import org.careloop.policy.triage.PromptInjection;
import org.careloop.policy.triage.PromptInjectionDetector;
import org.careloop.policy.triage.Triage;
import org.careloop.policy.triage.TriageResult;
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
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What {@code POST /screen} computes (de-identification, every triage layer including the sentence-embedding
 * model, prompt-injection cues) on 2 KB messages and on a typical 400-character one, without HTTP and the
 * database write: throughput, and the latency distribution (p50, p99). A
 * program that prints its figures, not a test:
 * see the README for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScreenBenchmark {

    private static final String TYPICAL = "Hi Dr. Patel, this is Maria Lopez (DOB 03/04/1961, MRN 00483921). "
            + "Since March 4, 2024 I have had a cough and some wheezing at night. My daughter Emma says I look tired. "
            + "I take Lisinopril and Metformin every morning and Tylenol when my knee hurts. No chest pain, no fever. "
            + "You can call me at (555) 123-4567 or write to maria.lopez@example.com. ";

    private static final String ROUTINE = "I wanted to ask whether it is okay to keep taking my allergy spray through the "
            + "summer, and whether the pharmacy can send the refill to the new store near the park. The itching in my "
            + "eyes is better but my nose is still blocked most mornings. ";

    @Param({"identifiers", "routine", "typical-400-characters"})
    public String kind;

    private String message;
    private Deidentifier deidentifier;
    private Triage triage;
    private PromptInjectionDetector injection;

    @Setup
    public void setUp() {
        CurrentPolicy policy = CurrentPolicy.fromClasspath();
        deidentifier = new Deidentifier(policy);
        triage = new Triage(policy);
        injection = new PromptInjectionDetector(policy);
        message = switch (kind) {
            case "identifiers" -> twoKilobytes(TYPICAL);
            case "routine" -> twoKilobytes(ROUTINE);
            default -> TYPICAL;
        };
    }

    static String twoKilobytes(String paragraph) {
        StringBuilder text = new StringBuilder();
        while (text.length() < 2048) {
            text.append(paragraph);
        }
        return text.substring(0, 2048);
    }

    @Benchmark
    public void screen(Blackhole hole) {
        DeidResult deid = deidentifier.deidentify(message);
        TriageResult flags = triage.assess(message);
        PromptInjection cues = injection.detect(message);
        hole.consume(deid);
        hole.consume(flags);
        hole.consume(cues);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ScreenBenchmark.class.getSimpleName()).build()).run();
    }
}
