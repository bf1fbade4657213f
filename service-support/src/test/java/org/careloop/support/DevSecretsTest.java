package org.careloop.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DevSecretsTest {

    private static final List<DevSecrets.DevSecret> DATABASE =
            List.of(new DevSecrets.DevSecret("quarkus.datasource.password", "careloop", "CARELOOP_DB_PASSWORD"));

    /** The committed application.properties with no variable set. */
    private static final Function<String, Optional<String>> COMMITTED =
            name -> name.equals("quarkus.datasource.password") ? Optional.of("careloop") : Optional.empty();

    @Test
    void shouldRefuseTheCommittedDatabasePasswordInProdNamingTheSettingAndTheWayOut() {
        assertThatThrownBy(() -> DevSecrets.check(DATABASE, List.of("prod"), false, COMMITTED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("quarkus.datasource.password (set CARELOOP_DB_PASSWORD)")
                .hasMessageContaining("careloop.allow-dev-secrets=true");
    }

    @Test
    void shouldStartWithARealPasswordOrWhenAllowedOrInDevAndTest() {
        assertThatCode(() -> DevSecrets.check(DATABASE, List.of("prod"), false, name -> Optional.of("from-the-vault")))
                .doesNotThrowAnyException();
        assertThatCode(() -> DevSecrets.check(DATABASE, List.of("prod"), true, COMMITTED))
                .doesNotThrowAnyException();
        assertThatCode(() -> DevSecrets.check(DATABASE, List.of("dev"), false, COMMITTED))
                .doesNotThrowAnyException();
        assertThatCode(() -> DevSecrets.check(DATABASE, List.of("test"), false, COMMITTED))
                .doesNotThrowAnyException();
    }
}
