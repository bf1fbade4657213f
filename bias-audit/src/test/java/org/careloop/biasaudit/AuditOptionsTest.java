package org.careloop.biasaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.careloop.biasaudit.compare.Thresholds;
import org.junit.jupiter.api.Test;

class AuditOptionsTest {

    @Test
    void shouldTakeTheLaunchersUrlsAndTheDocumentedDefaults() {
        AuditOptions o = AuditOptions.parse(
                new String[0],
                Map.of("POLICY_SERVICE_URL", "http://localhost:8381", "REVIEW_SERVICE_CLIENT_SECRET", "s3cret"));
        assertThat(o.policyUrl()).isEqualTo("http://localhost:8381");
        assertThat(o.inferenceUrl()).isEqualTo("http://localhost:8082");
        assertThat(o.clientSecret()).isEqualTo("s3cret");
        assertThat(o.thresholds()).isEqualTo(Thresholds.DEFAULTS);
        assertThat(o.repeats()).isEqualTo(1);
        assertThat(o.publish()).isTrue();
    }

    @Test
    void shouldReadListsThresholdsAndRepeats() {
        AuditOptions o = AuditOptions.parse(
                new String[] {
                    "--attributes",
                    "disability, insurance",
                    "--repeats",
                    "5",
                    "--next-step-margin",
                    "0.1",
                    "--min-citation-jaccard",
                    "0.6",
                    "--no-publish"
                },
                Map.of());
        assertThat(o.attributes()).containsExactly("disability", "insurance");
        assertThat(o.repeats()).isEqualTo(5);
        assertThat(o.thresholds().nextStepMargin()).isEqualTo(0.1);
        assertThat(o.thresholds().citationJaccard()).isEqualTo(0.6);
        assertThat(o.publish()).isFalse();
        assertThat(o.onlyTemplates()).isEqualTo(List.of());
    }

    @Test
    void shouldRefuseWhatIsNotAnOptionOrOutOfRange() {
        assertThatThrownBy(() -> AuditOptions.parse(new String[] {"--repeat", "2"}, Map.of()))
                .hasMessageContaining("unknown or incomplete option: --repeat");
        assertThatThrownBy(() -> AuditOptions.parse(new String[] {"--repeats", "0"}, Map.of()))
                .hasMessageContaining("--repeats is from 1 to 50");
        assertThatThrownBy(() -> AuditOptions.parse(new String[] {"--next-step-margin", "2"}, Map.of()))
                .hasMessageContaining("margin");
        assertThatThrownBy(() -> AuditOptions.parse(new String[] {"--max-grade-diff", "two"}, Map.of()))
                .hasMessageContaining("--max-grade-diff must be a number");
    }
}
