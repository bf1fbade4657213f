package org.careloop.policy.common;

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
 * repository (the local database password), unless {@value DevSecrets#ALLOW} is true. The local demo, {@code ./careloop up},
 * sets it: it runs with the committed demo credentials on purpose. review-service holds the same guard.
 */
@ApplicationScoped
public class DevSecretsGuard {

    static final List<DevSecret> DEV_SECRETS =
            List.of(new DevSecret("quarkus.datasource.password", "careloop", "CARELOOP_DB_PASSWORD"));

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
