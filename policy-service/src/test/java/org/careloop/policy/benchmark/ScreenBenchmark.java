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
 * database write. Two of the 2 KB messages repeat a paragraph (the same segments recur, and are embedded once);
 * the varied one (no sentence repeats) does not: throughput, and the latency distribution (p50, p99). A
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

    private static final String ROUTINE =
            "I wanted to ask whether it is okay to keep taking my allergy spray through the "
                    + "summer, and whether the pharmacy can send the refill to the new store near the park. The itching in my "
                    + "eyes is better but my nose is still blocked most mornings. ";

    /** 2 KB in which no sentence repeats (a carer's long, rambling note): no segment is embedded twice. */
    private static final String VARIED =
            "Hello Dr. Nguyen, this is Robert Hall writing about my mother, Helen Hall, born 12/09/1948. "
                    + "She moved in with us in October after her fall and her new address is 418 Birch Lane, Dayton, OH 45402. "
                    + "Her blood pressure readings this week were 142 over 88 on Monday and 151 over 90 yesterday evening, which is higher than usual. "
                    + "She takes amlodipine in the morning and atorvastatin at night, and the pharmacy switched her to a different brand last month. "
                    + "Could that explain why her ankles look a bit puffy by dinner time? "
                    + "She also says the new pills are harder to swallow, so she has been cutting them in half; is that safe? "
                    + "Her appetite is fine, she sleeps about seven hours, and she walks to the mailbox twice a day with her cane. "
                    + "The home nurse, Janet, checked her sugar on Thursday and it was 132 before breakfast. "
                    + "We would like to know whether she still needs the vitamin D, because her last level was normal. "
                    + "Her knees ache in the cold and the physiotherapist suggested warm baths, gentle stretching and a cushion for the car. "
                    + "She wonders if she could try the cream her friend uses instead of taking ibuprofen every other day. "
                    + "The eye clinic also asked whether her cataract check can wait until spring, since the roads are icy now. "
                    + "Also, her hearing aid clinic wants a referral letter sent by fax to 937-555-0142 before the end of the month. "
                    + "Her Medicare number is on file, but the plan changed in January, so the member ID is now XH4471920. "
                    + "If you need anything else, my cell is (937) 555-0187 and my email is rob.hall@example.net. "
                    + "We can bring her in any weekday after two, although Wednesdays are hard because of my work schedule. "
                    + "Thank you for looking after her all these years; she always says you are the only doctor who listens. "
                    + "Her granddaughter is visiting over the holidays and asked whether she should get the flu shot before she comes. "
                    + "Mum had her own flu and pneumonia shots in September at the pharmacy, and the record should be in the portal. "
                    + "Lastly, the walker we borrowed squeaks, and we wondered whether the clinic lends a lighter one for the winter. "
                    + "Best wishes, Robert ";

    @Param({"identifiers", "routine", "varied-2-kilobytes", "typical-400-characters"})
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
            case "varied-2-kilobytes" -> twoKilobytes(VARIED);
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
        new Runner(new OptionsBuilder()
                        .include(ScreenBenchmark.class.getSimpleName())
                        .build())
                .run();
    }
}
