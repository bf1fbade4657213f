package org.careloop.bench.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts each packaged service alone, the way the launcher does, {@code --runs} times, and measures from the
 * process start: the time to Quarkus' "started in" line (and the figure that line gives, which leaves out the JVM's
 * own start), the time to the first answer of {@code /q/health/ready}, and the time to its first {@code UP}. Prints
 * each start and the medians with the machine's cores and load average. A program that prints figures, never a test.
 */
public final class StartupBench {

    private static final Pattern STARTED = Pattern.compile(" started in (\\d+(?:\\.\\d+)?)s\\.");
    private static final Duration POLL = Duration.ofMillis(50);
    /** The JVM options that name an archive beside the jar: a start whose build has none runs without it. */
    private static final List<String> ARCHIVES = List.of("-XX:SharedArchiveFile=", "-XX:AOTCache=");
    /** Linux's clock ticks per second, in which /proc/PID/stat gives a process' CPU time (USER_HZ, 100 here). */
    private static final double CLOCK_TICKS = 100.0;

    /**
     * One start of one service; times in milliseconds from the process start, -1 when not reached; {@code cpu} the
     * CPU time (user + system, all threads) the process had used when it was first ready, in seconds, -1 unknown.
     */
    record Start(
            String service,
            int run,
            double load1,
            long started,
            double quarkusStarted,
            long answered,
            long ready,
            double cpu) {}

    private final StartupOptions options;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(500))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    StartupBench(StartupOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        StartupOptions options;
        try {
            options = StartupOptions.parse(args);
        } catch (StartupOptions.UsageException e) {
            if (e.getMessage() != null) {
                System.err.println(e.getMessage());
            }
            System.err.print(StartupOptions.USAGE);
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        int failures = new StartupBench(options).run();
        System.exit(failures == 0 ? 0 : 1);
    }

    int run() throws Exception {
        Files.createDirectories(options.logs());
        double[] loadAtStart = loadAverage();
        System.out.printf(
                Locale.ROOT,
                "careloop start-up: %s, %d runs per service, JVM options %s%n",
                machine(),
                options.runs(),
                options.jvmOptions().isEmpty() ? "(the launcher's)" : String.join(" ", options.jvmOptions()));
        System.out.printf(
                Locale.ROOT,
                "load average at the start: %.2f %.2f %.2f%s%n",
                loadAtStart[0],
                loadAtStart[1],
                loadAtStart[2],
                options.note().isEmpty() ? "" : "; " + options.note());
        for (StartupOptions.Service service : options.services()) {
            System.out.printf(
                    "%s: %s%n",
                    service.name(),
                    String.join(
                            " ", command(service, service.jar(options.root()).toAbsolutePath())));
        }
        System.out.printf(
                "%-18s %4s %8s %14s %14s %11s %10s %12s%n",
                "service", "run", "load 1m", "started (s)", "Quarkus says", "answers (s)", "ready (s)", "CPU (s)");
        List<Start> all = new ArrayList<>();
        int failures = 0;
        for (StartupOptions.Service service : options.services()) {
            for (int run = 1; run <= options.runs(); run++) {
                Start start = once(service, run);
                all.add(start);
                if (start.ready() < 0) {
                    failures++;
                }
                System.out.printf(
                        Locale.ROOT,
                        "%-18s %4d %8.2f %14s %14s %11s %10s %12s%n",
                        service.name(),
                        run,
                        start.load1(),
                        seconds(start.started()),
                        start.quarkusStarted() < 0 ? "-" : String.format(Locale.ROOT, "%.2f", start.quarkusStarted()),
                        seconds(start.answered()),
                        seconds(start.ready()),
                        start.cpu() < 0 ? "-" : format(start.cpu()));
            }
        }
        double[] loadAtEnd = loadAverage();
        System.out.println();
        System.out.printf(
                "%-18s %5s %16s %14s %22s %22s %10s%n",
                "median of runs",
                "runs",
                "started (s)",
                "Quarkus says",
                "ready (s) [min–max]",
                "CPU (s) [min–max]",
                "load 1m");
        for (StartupOptions.Service service : options.services()) {
            List<Start> starts =
                    all.stream().filter(s -> s.service().equals(service.name())).toList();
            List<Start> ok = starts.stream().filter(s -> s.ready() >= 0).toList();
            List<Double> ready = ok.stream().map(s -> s.ready() / 1000.0).toList();
            List<Double> cpu = ok.stream().map(Start::cpu).filter(c -> c >= 0).toList();
            System.out.printf(
                    Locale.ROOT,
                    "%-18s %5s %16s %14s %22s %22s %10s%n",
                    service.name(),
                    ok.size() + "/" + starts.size(),
                    format(median(ok.stream().map(s -> s.started() / 1000.0).toList())),
                    format(median(ok.stream().map(Start::quarkusStarted).toList())),
                    medianAndRange(ready),
                    medianAndRange(cpu),
                    format(median(starts.stream().map(Start::load1).toList())));
        }
        System.out.printf(
                Locale.ROOT,
                "load average at the end: %.2f %.2f %.2f; logs of each start in %s%n",
                loadAtEnd[0],
                loadAtEnd[1],
                loadAtEnd[2],
                options.logs());
        return failures;
    }

    private Start once(StartupOptions.Service service, int run) throws Exception {
        URI ready = URI.create("http://localhost:" + service.port() + "/q/health/ready");
        if (answers(ready) != 0) {
            throw new IllegalStateException("port " + service.port() + " already answers: something else is running "
                    + "there (./careloop down, or move the port)");
        }
        Path jar = service.jar(options.root()).toAbsolutePath();
        List<String> command = command(service, jar);
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(jar.getParent().toFile()).redirectErrorStream(true);
        builder.environment().putAll(service.env());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
        Path log = options.logs().resolve(service.name() + "-" + run + ".log");
        double load1 = loadAverage()[0];
        long t0 = System.nanoTime();
        Process process = builder.start();
        long[] started = {-1};
        double[] quarkusSays = {-1};
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
                out.println("# " + Instant.now() + " in " + jar.getParent() + ": " + String.join(" ", command));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    long at = System.nanoTime() - t0;
                    out.printf(Locale.ROOT, "[+%7.3f] %s%n", at / 1e9, line);
                    Matcher m = STARTED.matcher(line);
                    if (started[0] < 0 && m.find()) {
                        synchronized (started) {
                            started[0] = at / 1_000_000;
                            quarkusSays[0] = Double.parseDouble(m.group(1));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        long answered = -1;
        long readyAt = -1;
        double cpu = -1;
        long deadline = t0 + options.timeout().toNanos();
        try {
            while (System.nanoTime() < deadline && process.isAlive()) {
                int status = answers(ready);
                long at = (System.nanoTime() - t0) / 1_000_000;
                if (status != 0 && answered < 0) {
                    answered = at;
                }
                if (status == 200) {
                    readyAt = at;
                    cpu = cpuSeconds(process.pid());
                    break;
                }
                Thread.sleep(POLL.toMillis());
            }
            if (readyAt >= 0) {
                // The "started" line may come a moment after the first UP; wait for it a little.
                for (int i = 0; i < 100 && started[0] < 0 && process.isAlive(); i++) {
                    Thread.sleep(50);
                }
            }
        } finally {
            // SIGTERM through the handle, which leaves the output open so that the shutdown's lines reach the log.
            process.toHandle().destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.toHandle().destroyForcibly();
                process.waitFor();
            }
            reader.join();
        }
        if (readyAt < 0) {
            System.err.printf(
                    "%s run %d did not become ready (%s); see %s%n",
                    service.name(), run, process.isAlive() ? "timed out" : "exit " + process.exitValue(), log);
        }
        synchronized (started) {
            return new Start(service.name(), run, load1, started[0], quarkusSays[0], answered, readyAt, cpu);
        }
    }

    /** The command line of a start: the service's java and JVM options, the bench's, its heap, its jar. */
    private List<String> command(StartupOptions.Service service, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(options.java() != null ? options.java() : service.java());
        for (String option : service.jvmOptions()) {
            // The launcher names the archive its own build left; another --root may have none, and a JVM given a
            // missing archive runs without any, not even the JDK's own: as a service without one starts.
            if (!archiveMissing(option, jar.getParent())) {
                command.add(option);
            }
        }
        command.addAll(options.jvmOptions());
        command.add("-Xmx" + service.heap());
        command.add("-jar");
        // From its quarkus-app folder, as the launcher starts it: a class-data archive there names its jars so.
        command.add(jar.getFileName().toString());
        return command;
    }

    private static boolean archiveMissing(String option, Path folder) {
        return ARCHIVES.stream()
                .anyMatch(prefix ->
                        option.startsWith(prefix) && !Files.exists(folder.resolve(option.substring(prefix.length()))));
    }

    /** User + system CPU time of a process so far (every thread), from /proc; -1 where there is none. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String medianAndRange(List<Double> values) {
        return values.isEmpty()
                ? "-"
                : format(median(values)) + " [" + format(min(values)) + "–" + format(max(values)) + "]";
    }

    /** The HTTP status of a GET, 0 when nothing answers. */
    private int answers(URI uri) {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(2))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode();
        } catch (ConnectException e) {
            return 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String seconds(long millis) {
        return millis < 0 ? "-" : String.format(Locale.ROOT, "%.2f", millis / 1000.0);
    }

    static double[] loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[] {
                Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])
            };
        } catch (IOException | RuntimeException e) {
            double one = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage();
            return new double[] {one, Double.NaN, Double.NaN};
        }
    }

    private static String machine() {
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: the core count alone
        }
        long memory = 0;
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize() >> 30;
        }
        return String.format(
                Locale.ROOT,
                "%d cores%s, %d GiB, %s %s",
                Runtime.getRuntime().availableProcessors(),
                cpu.isEmpty() ? "" : " (" + cpu + ")",
                memory,
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
    }
}
