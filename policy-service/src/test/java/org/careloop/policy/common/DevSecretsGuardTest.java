package org.careloop.policy.common;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DevSecretsGuardTest {

    /** The committed application.properties with no variable set. */
    private static final Function<String, Optional<String>> COMMITTED =
            name -> name.equals("quarkus.datasource.password") ? Optional.of("careloop") : Optional.empty();

    @Test
    void shouldRefuseTheCommittedDatabasePasswordInProdNamingTheSettingAndTheWayOut() {
        assertThatThrownBy(() -> DevSecretsGuard.check(List.of("prod"), false, COMMITTED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("quarkus.datasource.password (set CARELOOP_DB_PASSWORD)")
                .hasMessageContaining("careloop.allow-dev-secrets=true");
    }

    @Test
    void shouldStartWithARealPasswordOrWhenAllowedOrInDevAndTest() {
        assertThatCode(() -> DevSecretsGuard.check(List.of("prod"), false, name -> Optional.of("from-the-vault")))
                .doesNotThrowAnyException();
        assertThatCode(() -> DevSecretsGuard.check(List.of("prod"), true, COMMITTED))
                .doesNotThrowAnyException();
        assertThatCode(() -> DevSecretsGuard.check(List.of("dev"), false, COMMITTED))
                .doesNotThrowAnyException();
        assertThatCode(() -> DevSecretsGuard.check(List.of("test"), false, COMMITTED))
                .doesNotThrowAnyException();
    }
}
