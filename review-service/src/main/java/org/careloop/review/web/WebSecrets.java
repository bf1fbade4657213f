package org.careloop.review.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The pages' two secrets, which every review-service node must share: the key of the encrypted OIDC session cookie
 * and the CSRF tokens' key. With either differing between nodes (the CSRF key used to be random per start), a user
 * whose next request reaches another node would be sent back to the login page, or have their form refused. Checked
 * at start: present and at least {@value #MIN_LENGTH} characters. The committed development values are refused outside
 * dev and test by {@link org.careloop.review.security.DevSecretsGuard}.
 */
@ApplicationScoped
public class WebSecrets {

    /** Both are turned into 256-bit keys; a shorter secret has less than that to give. */
    static final int MIN_LENGTH = 32;

    /** A setting and the variable that sets it. */
    record Secret(String setting, String variable) {}

    static final List<Secret> SHARED = List.of(
            new Secret("quarkus.oidc.web.token-state-manager.encryption-secret", "CARELOOP_WEB_SESSION_SECRET"),
            new Secret("careloop.web.csrf-key", "CARELOOP_WEB_CSRF_KEY"));

    void check(@Observes @Priority(2) StartupEvent event) {
        var config = ConfigProvider.getConfig();
        check(name -> config.getOptionalValue(name, String.class));
    }

    /** @throws IllegalStateException naming each secret that is missing or too short, and its variable */
    static void check(Function<String, Optional<String>> config) {
        List<String> bad = SHARED.stream()
                .filter(s ->
                        config.apply(s.setting()).map(String::strip).orElse("").length() < MIN_LENGTH)
                .map(s -> s.setting() + " (set " + s.variable() + ")")
                .toList();
        if (!bad.isEmpty()) {
            throw new IllegalStateException("the web pages' shared secrets must be set, the same on every "
                    + "review-service node, with at least " + MIN_LENGTH + " characters: " + String.join(", ", bad));
        }
    }
}
