package org.careloop.review.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.careloop.support.DevSecrets;
import org.careloop.support.DevSecrets.DevSecret;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start outside the dev and test profiles while a credential still holds the value committed to the
 * repository (the demo realm's client secret, the local database password, the pages' session and CSRF keys), unless
 * {@value DevSecrets#ALLOW} is true. The local demo, {@code ./careloop up}, sets it: it runs the committed demo realm
 * on purpose.
 */
@ApplicationScoped
public class DevSecretsGuard {

    static final List<DevSecret> DEV_SECRETS = List.of(
            new DevSecret("quarkus.datasource.password", "careloop", "CARELOOP_DB_PASSWORD"),
            new DevSecret(
                    "quarkus.oidc.credentials.secret",
                    "dev-only-review-service-secret",
                    "REVIEW_SERVICE_CLIENT_SECRET"),
            new DevSecret(
                    "quarkus.oidc.web.credentials.secret",
                    "dev-only-review-service-secret",
                    "REVIEW_SERVICE_CLIENT_SECRET"),
            new DevSecret(
                    "quarkus.oidc-client.credentials.secret",
                    "dev-only-review-service-secret",
                    "REVIEW_SERVICE_CLIENT_SECRET"),
            new DevSecret(
                    "quarkus.oidc.web.token-state-manager.encryption-secret",
                    "dev-only-careloop-web-session-secret",
                    "CARELOOP_WEB_SESSION_SECRET"),
            new DevSecret("careloop.web.csrf-key", "dev-only-careloop-web-pages-csrf-key", "CARELOOP_WEB_CSRF_KEY"));

    void check(@Observes @Priority(1) StartupEvent event) {
        var config = ConfigProvider.getConfig();
        check(
                ConfigUtils.getProfiles(),
                config.getOptionalValue(DevSecrets.ALLOW, Boolean.class).orElse(false),
                name -> config.getOptionalValue(name, String.class));
    }

    /** @see DevSecrets#check */
    static void check(List<String> profiles, boolean allowed, Function<String, Optional<String>> config) {
        DevSecrets.check(DEV_SECRETS, profiles, allowed, config);
    }
}
