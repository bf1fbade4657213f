package org.careloop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsComeFromTheLaunchersEnvironment() {
        BenchOptions o = BenchOptions.parse(
                new String[0],
                Map.of(
                        "REVIEW_SERVICE_URL", "http://localhost:9080",
                        "KEYCLOAK_URL", "http://localhost:8180",
                        "CARELOOP_DB_PORT", "9432"));

        assertThat(o.reviewUrl()).isEqualTo("http://localhost:9080");
        assertThat(o.dbUrl()).isEqualTo("jdbc:postgresql://localhost:9432/careloop_review");
        assertThat(o.closedLoop()).isFalse();
        assertThat(o.rate()).isEqualTo(5);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(o.clinicians()).containsExactly("carter", "lee", "park", "oncall");
        assertThat(o.model()).isEqualTo("offline");
    }

    @Test
    void concurrencyMeansAClosedLoopOf300MessagesByDefault() {
        BenchOptions o = BenchOptions.parse(new String[] {"--concurrency", "8"}, Map.of());

        assertThat(o.closedLoop()).isTrue();
        assertThat(o.messages()).isEqualTo(300);
    }

    @Test
    void optionsOverrideDefaults() {
        BenchOptions o = BenchOptions.parse(
                new String[] {
                    "--rate", "12.5", "--duration", "30", "--clinicians", "0", "--mix", "1,0,0", "--no-history"
                },
                Map.of());

        assertThat(o.rate()).isEqualTo(12.5);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.clinicians()).isEmpty();
        assertThat(o.mix()).containsExactly(1, 0, 0);
        assertThat(o.history()).isFalse();
    }

    @Test
    void shouldRefuseUnknownOrIncompleteOptions() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--speed", "3"}, Map.of()))
                .hasMessageContaining("--speed");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--rate"}, Map.of()))
                .hasMessageContaining("--rate");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--clinicians", "9"}, Map.of()))
                .hasMessageContaining("--clinicians");
    }
}
