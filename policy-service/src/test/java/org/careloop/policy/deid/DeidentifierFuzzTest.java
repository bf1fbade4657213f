package org.careloop.policy.deid;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.careloop.policy.checks.CheckDraftRequest;
import org.careloop.policy.checks.CheckDraftResponse;
import org.careloop.policy.checks.DraftChecker;
import org.careloop.policy.triage.RedFlag;
import org.careloop.policy.triage.Triage;

/**
 * Fuzzes the de-identifier (and the triage and draft checks that read the same texts). Under {@code mvn test}
 * it replays the inputs in {@code src/test/resources/org/careloop/policy/deid/DeidentifierFuzzTestInputs};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=DeidentifierFuzzTest} fuzzes for real.
 */
class DeidentifierFuzzTest {

    private static final Deidentifier DEID = Deidentifier.fromClasspath();
    private static final Triage TRIAGE = Triage.fromClasspath();
    private static final DraftChecker CHECKER = DraftChecker.fromClasspath();

    @FuzzTest(maxDuration = "2m")
    void deidentificationShouldBeReversibleFromItsOwnOffsets(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        DeidResult result = DEID.deidentify(text);

        int previousEnd = 0;
        StringBuilder restored = new StringBuilder();
        int at = 0;
        for (DeidEntity e : result.entities()) {
            assertThat(e.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(e.end()).isGreaterThan(e.start()).isLessThanOrEqualTo(text.length());
            assertThat(e.placeholder()).matches("\\[" + e.type().name() + "_\\d+]");
            previousEnd = e.end();
        }
        // Put each value back in place of its placeholder, found by offsets (a message may itself contain
        // "[NAME_1]"): the original text must come back exactly.
        String deidentified = result.deidentifiedText();
        int shift = 0;
        for (DeidEntity e : result.entities()) {
            int placeholderAt = e.start() + shift;
            assertThat(deidentified.startsWith(e.placeholder(), placeholderAt)).isTrue();
            restored.append(deidentified, at, placeholderAt).append(text, e.start(), e.end());
            at = placeholderAt + e.placeholder().length();
            shift += e.placeholder().length() - (e.end() - e.start());
        }
        restored.append(deidentified.substring(at));
        assertThat(restored.toString()).isEqualTo(text);

        for (RedFlag flag : TRIAGE.assess(text).redFlags()) {
            assertThat(flag.start()).isBetween(0, text.length());
            assertThat(flag.end()).isBetween(flag.start(), text.length());
        }
        if (!text.isBlank()) {
            CheckDraftResponse checked = CHECKER.check(new CheckDraftRequest("", text, List.of(), List.of()));
            checked.findings().forEach(f -> assertThat(f.end()).isBetween(f.start(), text.length()));
        }
    }
}
