package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The project's launcher, for fault tests (crash a service as a crash would, bring it back, start another node) and
 * the bias audit.
 */
final class Launcher {

    private static final String SCRIPT = System.getProperty(
            "careloop.launcher",
            Path.of("..", "careloop").toAbsolutePath().normalize().toString());

    private Launcher() {}

    static void crash(String service) {
        run("crash", service);
    }

    static void restart(String service) {
        run("restart", service, Map.of());
    }

    /** Starts a service (review-service-2: a second review-service node) and waits until it is ready. */
    static void start(String service) {
        run("start", service);
    }

    static void stop(String service) {
        run("stop", service);
    }

    /** Restarts the service with these environment variables set, and the other careloop ones as inherited. */
    static void restart(String service, Map<String, String> environment) {
        run("restart", service, environment);
    }

    /**
     * {@code ./careloop audit-bias ARGS}: the bias audit against the running system (with {@code --model biased-stub},
     * inference-service restarted against the biased stub and back); its exit status.
     */
    static int auditBias(String... args) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("bash", SCRIPT, "audit-bias"));
        command.addAll(java.util.List.of(args));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            assertThat(process.waitFor(10, TimeUnit.MINUTES))
                    .as("careloop audit-bias finished")
                    .isTrue();
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + SCRIPT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void run(String command, String service) {
        run(command, service, Map.of());
    }

    private static void run(String command, String service, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT, command, service).inheritIO();
            builder.environment().putAll(environment);
            Process process = builder.start();
            assertThat(process.waitFor(5, TimeUnit.MINUTES))
                    .as("careloop %s %s finished", command, service)
                    .isTrue();
            assertThat(process.exitValue())
                    .as("careloop %s %s exit code", command, service)
                    .isZero();
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + SCRIPT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
