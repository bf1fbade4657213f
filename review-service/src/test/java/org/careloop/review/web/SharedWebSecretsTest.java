package org.careloop.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The pages' secrets come from configuration, so that every review-service node accepts what another one issued. */
class SharedWebSecretsTest {

    private static final String KEY = "a-csrf-key-the-clinic-keeps-in-its-vault";

    private static WebConfig key(String key) {
        return () -> key;
    }

    @Test
    void shouldAcceptOnOneNodeTheCsrfTokenAnotherNodeIssuedWithTheSameKey() {
        Csrf first = new Csrf(key(KEY));
        Csrf second = new Csrf(key(KEY));
        String nonce = first.newNonce();

        String token = first.token(nonce, "carter");

        assertThat(second.valid(nonce, "carter", token)).isTrue();
        assertThat(second.valid(nonce, "lee", token)).as("another user").isFalse();
        assertThat(new Csrf(key(KEY + "-other")).valid(nonce, "carter", token))
                .as("a node with another key")
                .isFalse();
    }

    @Test
    void shouldRefuseToStartWithoutBothSharedSecretsNamingTheirVariables() {
        assertThatThrownBy(() -> WebSecrets.check(name -> Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CARELOOP_WEB_SESSION_SECRET")
                .hasMessageContaining("CARELOOP_WEB_CSRF_KEY")
                .hasMessageContaining("the same on every review-service node");
    }

    @Test
    void shouldRefuseASecretShorterThanThirtyTwoCharacters() {
        Function<String, Optional<String>> shortCsrfKey = config(Map.of(
                "quarkus.oidc.web.token-state-manager.encryption-secret",
                KEY,
                "careloop.web.csrf-key",
                "x".repeat(WebSecrets.MIN_LENGTH - 1)));

        assertThatThrownBy(() -> WebSecrets.check(shortCsrfKey))
                .hasMessageContaining("careloop.web.csrf-key (set CARELOOP_WEB_CSRF_KEY)")
                .hasMessageNotContaining("CARELOOP_WEB_SESSION_SECRET");
    }

    @Test
    void shouldStartWithBothSecretsSet() {
        assertThatCode(() -> WebSecrets.check(config(Map.of(
                        "quarkus.oidc.web.token-state-manager.encryption-secret",
                        KEY + "-session",
                        "careloop.web.csrf-key",
                        KEY))))
                .doesNotThrowAnyException();
    }

    private static Function<String, Optional<String>> config(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }
}
