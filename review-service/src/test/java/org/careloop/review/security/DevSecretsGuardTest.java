package org.careloop.review.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DevSecretsGuardTest {

    /** The committed application.properties with no variable set. */
    private static final Map<String, String> COMMITTED_VALUES = Map.of(
            "quarkus.datasource.password", "careloop",
            "quarkus.oidc.credentials.secret", "dev-only-review-service-secret",
            "quarkus.oidc.web.credentials.secret", "dev-only-review-service-secret",
            "quarkus.oidc-client.credentials.secret", "dev-only-review-service-secret",
            "quarkus.oidc.web.token-state-manager.encryption-secret", "dev-only-careloop-web-session-secret",
            "careloop.web.csrf-key", "dev-only-careloop-web-pages-csrf-key");

    private static final Function<String, Optional<String>> COMMITTED =
            name -> Optional.ofNullable(COMMITTED_VALUES.get(name));

    private static final Function<String, Optional<String>> REAL = name -> Optional.of("s3cr3t-from-the-vault");

    @Test
    void shouldRefuseTheCommittedCredentialsInProdNamingTheSettingsAndTheWayOut() {
        assertThatThrownBy(() -> DevSecretsGuard.check(List.of("prod"), false, COMMITTED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("quarkus.datasource.password (set CARELOOP_DB_PASSWORD)")
                .hasMessageContaining("quarkus.oidc.credentials.secret")
                .hasMessageContaining("quarkus.oidc-client.credentials.secret")
                .hasMessageContaining("REVIEW_SERVICE_CLIENT_SECRET")
                .hasMessageContaining("careloop.web.csrf-key (set CARELOOP_WEB_CSRF_KEY)")
                .hasMessageContaining(
                        "quarkus.oidc.web.token-state-manager.encryption-secret (set CARELOOP_WEB_SESSION_SECRET)")
                .hasMessageContaining("careloop.allow-dev-secrets=true")
                .hasMessageNotContaining("dev-only-review-service-secret");
    }

    @Test
    void shouldRefuseASingleLeftOverDevCredential() {
        Function<String, Optional<String>> oneLeft =
                name -> name.equals("quarkus.datasource.password") ? Optional.of("careloop") : Optional.of("real");
        assertThatThrownBy(() -> DevSecretsGuard.check(List.of("kubernetes"), false, oneLeft))
                .hasMessageContaining("quarkus.datasource.password")
                .hasMessageNotContaining("quarkus.oidc");
    }

    @Test
    void shouldStartWithRealCredentialsOrWhenAllowedOrInDevAndTest() {
        assertThatCode(() -> DevSecretsGuard.check(List.of("prod"), false, REAL))
                .doesNotThrowAnyException();
        assertThatCode(() -> DevSecretsGuard.check(List.of("prod"), true, COMMITTED))
                .doesNotThrowAnyException();
        assertThatCode(() -> DevSecretsGuard.check(List.of("dev"), false, COMMITTED))
                .doesNotThrowAnyException();
        assertThatCode(() -> DevSecretsGuard.check(List.of("test"), false, COMMITTED))
                .doesNotThrowAnyException();
    }
}
