package org.careloop.bench.startup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@code careloop-bench startup}: which packaged services to start, how (the launcher passes
 * each service's port, heap, environment and JVM options, so the bench starts them exactly as {@code ./careloop up}
 * does), and how often.
 */
public record StartupOptions(
        Path root,
        List<Service> services,
        int runs,
        List<String> jvmOptions,
        Duration timeout,
        Path logs,
        String note,
        String java) {

    /**
     * A service as the launcher starts it: {@code <java> <jvm options> -Xmx<heap> -jar <jar>} with its environment;
     * {@code java} is the launcher's choice of JVM for it (the one on the PATH unless it says otherwise).
     */
    public record Service(
            String name, int port, String heap, Map<String, String> env, List<String> jvmOptions, String java) {

        Path jar(Path root) {
            return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    static final String USAGE = """
            usage: careloop-bench startup [options]   start each packaged service alone, N times, and report
                                                     the time to its "started" line and to /q/health/ready UP

              --service NAME:PORT:HEAP   a service to measure (repeatable; ./careloop bench startup passes all three
                                         with the launcher's ports and heaps)
              --env NAME:KEY=VALUE       an environment variable of that service only (the launcher's own)
              --service-jvm-option NAME:OPT   a JVM option of that service only, as the launcher gives it
              --service-java NAME:PATH   the java command of that service, as the launcher chooses it (default java)
              --only NAME[,NAME]         measure only these of the services given
              --runs N                   starts per service (default 5); the median is reported
              --jvm-option OPT           a further JVM option for every start, to compare (repeatable), e.g.
                                         -XX:TieredStopAtLevel=1
              --java PATH                start every service with this java command instead, to compare
              --root DIR                 the checkout whose */target/quarkus-app/quarkus-run.jar are started (default .)
              --timeout S                give up on a start after S seconds (default 240)
              --logs DIR                 each start's log (default .careloop/logs/startup)
              --note TEXT                conditions to print with the figures
            """;

    static StartupOptions parse(String[] args) {
        Path root = Path.of(".");
        Map<String, Service> services = new LinkedHashMap<>();
        Map<String, Map<String, String>> env = new LinkedHashMap<>();
        Map<String, List<String>> serviceJvm = new LinkedHashMap<>();
        Map<String, String> serviceJava = new LinkedHashMap<>();
        String java = null;
        List<String> only = new ArrayList<>();
        List<String> jvm = new ArrayList<>();
        int runs = 5;
        int timeout = 240;
        Path logs = null;
        String note = "";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new UsageException(null);
            }
            if (!arg.startsWith("--") || i + 1 >= args.length) {
                throw new UsageException("unknown or incomplete option: " + arg);
            }
            String value = args[++i];
            switch (arg) {
                case "--service" -> {
                    String[] parts = value.split(":");
                    if (parts.length != 3) {
                        throw new UsageException("--service is NAME:PORT:HEAP, got " + value);
                    }
                    services.put(
                            parts[0],
                            new Service(parts[0], number(arg, parts[1]), parts[2], Map.of(), List.of(), "java"));
                }
                case "--env" -> {
                    int colon = value.indexOf(':');
                    int equals = value.indexOf('=', colon + 1);
                    if (colon < 1 || equals < 0) {
                        throw new UsageException("--env is NAME:KEY=VALUE, got " + value);
                    }
                    env.computeIfAbsent(value.substring(0, colon), k -> new LinkedHashMap<>())
                            .put(value.substring(colon + 1, equals), value.substring(equals + 1));
                }
                case "--service-jvm-option" -> {
                    int colon = value.indexOf(':');
                    if (colon < 1) {
                        throw new UsageException("--service-jvm-option is NAME:OPTION, got " + value);
                    }
                    serviceJvm
                            .computeIfAbsent(value.substring(0, colon), k -> new ArrayList<>())
                            .add(value.substring(colon + 1));
                }
                case "--service-java" -> {
                    int colon = value.indexOf(':');
                    if (colon < 1 || colon == value.length() - 1) {
                        throw new UsageException("--service-java is NAME:PATH, got " + value);
                    }
                    serviceJava.put(value.substring(0, colon), value.substring(colon + 1));
                }
                case "--java" -> java = value;
                case "--only" -> only.addAll(List.of(value.split(",")));
                case "--runs" -> runs = number(arg, value);
                case "--jvm-option" -> jvm.add(value);
                case "--root" -> root = Path.of(value);
                case "--timeout" -> timeout = number(arg, value);
                case "--logs" -> logs = Path.of(value);
                case "--note" -> note = value;
                default -> throw new UsageException("unknown option: " + arg);
            }
        }
        if (services.isEmpty()) {
            throw new UsageException("no --service given (./careloop bench startup gives all three)");
        }
        for (String name : only) {
            if (!services.containsKey(name)) {
                throw new UsageException("--only " + name + ": no such --service");
            }
        }
        for (String name : env.keySet()) {
            if (!services.containsKey(name)) {
                throw new UsageException("--env " + name + ": no such --service");
            }
        }
        for (String name : serviceJava.keySet()) {
            if (!services.containsKey(name)) {
                throw new UsageException("--service-java " + name + ": no such --service");
            }
        }
        if (runs < 1) {
            throw new UsageException("--runs must be at least 1");
        }
        List<Service> chosen = services.values().stream()
                .filter(s -> only.isEmpty() || only.contains(s.name()))
                .map(s -> new Service(
                        s.name(),
                        s.port(),
                        s.heap(),
                        Map.copyOf(env.getOrDefault(s.name(), Map.of())),
                        List.copyOf(serviceJvm.getOrDefault(s.name(), List.of())),
                        serviceJava.getOrDefault(s.name(), "java")))
                .toList();
        return new StartupOptions(
                root,
                chosen,
                runs,
                List.copyOf(jvm),
                Duration.ofSeconds(timeout),
                logs == null ? root.resolve(".careloop/logs/startup") : logs,
                note,
                java);
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, got " + value);
        }
    }

    /** A command line that cannot be run; the message says why (none: the usage was asked for). */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
