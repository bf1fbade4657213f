package org.careloop.support;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rule each service's start-up guard applies: outside the dev and test profiles, no credential may still hold
 * the value committed to the repository, unless {@value #ALLOW} is true. The local demo, {@code ./careloop up},
 * sets it: it runs with the committed demo credentials on purpose.
 */
public final class DevSecrets {

    public static final String ALLOW = "careloop.allow-dev-secrets";

    /** A setting, its committed development value, and the variable that sets it for real. */
    public record DevSecret(String setting, String devValue, String variable) {}

    private DevSecrets() {}

    /** @throws IllegalStateException naming the settings still at their dev values, their variables and {@value #ALLOW} */
    public static void check(
            List<DevSecret> secrets,
            List<String> profiles,
            boolean allowed,
            Function<String, Optional<String>> config) {
        if (allowed || profiles.contains("dev") || profiles.contains("test")) {
            return;
        }
        List<DevSecret> found = secrets.stream()
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
