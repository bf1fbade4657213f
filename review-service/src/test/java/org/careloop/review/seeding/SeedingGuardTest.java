package org.careloop.review.seeding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedingGuardTest {

    @Test
    void shouldRefuseToRunWithoutADatabaseNamed() {
        assertThatThrownBy(() -> SeedOptions.parse(List.of("seed-inbox", "--tasks", "10")))
                .hasMessageContaining("--database is required");
    }

    @Test
    void shouldRefuseADatabaseOtherThanTheOneNamed() {
        SeedOptions options = SeedOptions.parse(List.of("seed-inbox", "--database", "careloop_review_scratch"));
        assertThat(SeedingGuard.refusal(options, "careloop_review", List.of("dev")))
                .contains("connected to database 'careloop_review'");
    }

    @Test
    void shouldRefuseTheProdProfileUnlessTheOperatorSaysTheyKnow() {
        SeedOptions careful = SeedOptions.parse(List.of("seed-inbox", "--database", "careloop_review"));
        SeedOptions sure = SeedOptions.parse(List.of("seed-inbox", "--database", "careloop_review", "--i-know"));
        assertThat(SeedingGuard.refusal(careful, "careloop_review", List.of("prod")))
                .contains("prod profile");
        assertThat(SeedingGuard.refusal(sure, "careloop_review", List.of("prod")))
                .isNull();
        assertThat(SeedingGuard.refusal(careful, "careloop_review", List.of("dev")))
                .isNull();
    }

    @Test
    void shouldReadCountsAndRefuseNonsense() {
        SeedOptions options = SeedOptions.parse(
                List.of("seed-inbox", "--database", "x", "--tasks", "100_000", "--threads", "8", "--batch", "20"));
        assertThat(options.tasks()).isEqualTo(100_000);
        assertThat(options.threads()).isEqualTo(8);
        assertThat(options.batch()).isEqualTo(20);
        assertThatThrownBy(() -> SeedOptions.parse(List.of("--database", "x", "--tasks", "-1")))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> SeedOptions.parse(List.of("--database", "x", "--drop-everything")))
                .hasMessageContaining("unknown argument");
    }

    @Test
    void shouldMixRoutineUrgentAndEmergencyMessagesLikeABacklog() {
        long emergencies = java.util.stream.IntStream.range(0, 1000)
                .filter(n -> SeedMix.of(n).emergency())
                .count();
        long noDraft = java.util.stream.IntStream.range(0, 1000)
                .filter(n -> !SeedMix.of(n).draftAvailable())
                .count();
        assertThat(emergencies).isEqualTo(20);
        assertThat(noDraft).isEqualTo(30);
        assertThat(SeedMix.of(2).category()).isEqualTo("SUICIDAL_SELF_HARM");
    }
}
