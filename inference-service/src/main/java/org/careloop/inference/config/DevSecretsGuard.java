package org.careloop.inference.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start outside the dev and test profiles while a credential still holds the value committed to the
 * repository (the local database password), unless {@value #ALLOW} is true. The local demo, {@code ./careloop up},
 * sets it: it runs with the committed demo credentials on purpose. review-service holds the same guard.
 */
@ApplicationScoped
public class DevSecretsGuard {

    public static final String ALLOW = "careloop.allow-dev-secrets";

    /** Setting, its committed development value, and the variable that sets it for real. */
    record DevSecret(String setting, String devValue, String variable) {}

    static final List<DevSecret> DEV_SECRETS =
            List.of(new DevSecret("quarkus.datasource.password", "careloop", "CARELOOP_DB_PASSWORD"));

    void check(@Observes @Priority(1) StartupEvent event, CareloopConfig careloop) {
        var config = ConfigProvider.getConfig();
        check(
                ConfigUtils.getProfiles(),
                careloop.allowDevSecrets(),
                name -> config.getOptionalValue(name, String.class));
    }

    /** @throws IllegalStateException naming the settings, their variables and {@value #ALLOW} */
    static void check(List<String> profiles, boolean allowed, Function<String, Optional<String>> config) {
        if (allowed || profiles.contains("dev") || profiles.contains("test")) {
            return;
        }
        List<DevSecret> found = DEV_SECRETS.stream()
                .filter(s ->
                        config.apply(s.setting()).filter(s.devValue()::equals).isPresent())
                .toList();
        if (found.isEmpty()) {
            return;
        }
        String settings = found.stream()
                .collect(Collectors.groupingBy(
                        DevSecret::variable, TreeMap::new, Collectors.mapping(DevSecret::setting, Collectors.toList())))
                .entrySet()
                .stream()
                .map(e -> String.join(", ", e.getValue()) + " (set " + e.getKey() + ")")
                .collect(Collectors.joining(", "));
        throw new IllegalStateException("refusing to start with the development credentials committed to the "
                + "repository in profile " + String.join(",", profiles) + ": " + settings
                + ". Set real credentials, or set " + ALLOW + "=true (CARELOOP_ALLOW_DEV_SECRETS=true) to run the "
                + "local demo with them.");
    }
}
