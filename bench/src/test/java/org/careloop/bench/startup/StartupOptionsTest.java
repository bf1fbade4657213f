package org.careloop.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupOptionsTest {

    private static final String[] LAUNCHER = {
        "--root", "/srv/careloop",
        "--service", "policy-service:9181:1g",
        "--service", "inference-service:9182:1g",
        "--service", "review-service:9180:768m",
        "--env", "review-service:CARELOOP_AUDIT_ANCHOR_GENERATE_KEY=true",
        "--env", "review-service:CARELOOP_AUDIT_ANCHOR_DIRECTORY=/srv/careloop/.careloop/audit-anchors"
    };

    @Test
    void theLaunchersServicesAreStartedAsItStartsThem() {
        StartupOptions o = StartupOptions.parse(LAUNCHER);

        assertThat(o.runs()).isEqualTo(5);
        assertThat(o.services())
                .extracting(StartupOptions.Service::name)
                .containsExactly("policy-service", "inference-service", "review-service");
        StartupOptions.Service review = o.services().get(2);
        assertThat(review.port()).isEqualTo(9180);
        assertThat(review.heap()).isEqualTo("768m");
        assertThat(review.env())
                .containsEntry("CARELOOP_AUDIT_ANCHOR_GENERATE_KEY", "true")
                .containsEntry("CARELOOP_AUDIT_ANCHOR_DIRECTORY", "/srv/careloop/.careloop/audit-anchors");
        assertThat(o.services().get(0).env()).isEmpty();
        assertThat(review.jar(o.root()))
                .isEqualTo(Path.of("/srv/careloop/review-service/target/quarkus-app/quarkus-run.jar"));
        assertThat(o.logs()).isEqualTo(Path.of("/srv/careloop/.careloop/logs/startup"));
    }

    @Test
    void onlyRunsAndJvmOptionsNarrowAndVaryTheRun() {
        String[] args = concat(
                LAUNCHER,
                "--only",
                "review-service",
                "--runs",
                "3",
                "--jvm-option",
                "-XX:TieredStopAtLevel=1",
                "--service-jvm-option",
                "review-service:-XX:SharedArchiveFile=app-cds.jsa");
        StartupOptions o = StartupOptions.parse(args);

        assertThat(o.services()).extracting(StartupOptions.Service::name).containsExactly("review-service");
        assertThat(o.services().get(0).jvmOptions()).containsExactly("-XX:SharedArchiveFile=app-cds.jsa");
        assertThat(o.runs()).isEqualTo(3);
        assertThat(o.jvmOptions()).containsExactly("-XX:TieredStopAtLevel=1");
    }

    @Test
    void eachServiceRunsOnTheJavaTheLauncherChoseUnlessOneIsGivenForAll() {
        StartupOptions chosen = StartupOptions.parse(
                concat(LAUNCHER, "--service-java", "review-service:/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"));

        assertThat(chosen.services())
                .extracting(StartupOptions.Service::java)
                .containsExactly("java", "java", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        assertThat(chosen.java()).isNull();
        assertThat(StartupOptions.parse(concat(LAUNCHER, "--java", "/opt/jdk17/bin/java"))
                        .java())
                .isEqualTo("/opt/jdk17/bin/java");
        assertThatThrownBy(() -> StartupOptions.parse(concat(LAUNCHER, "--service-java", "billing:/bin/java")))
                .hasMessageContaining("billing");
    }

    @Test
    void theCpuTimeOfARunningProcessIsReadAndOfNoneIsUnknown() {
        double own = StartupBench.cpuSeconds(ProcessHandle.current().pid());

        assertThat(own).isGreaterThan(0);
        assertThat(StartupBench.cpuSeconds(Long.MAX_VALUE)).isEqualTo(-1);
    }

    @Test
    void mistakesAreRefused() {
        assertThatThrownBy(() -> StartupOptions.parse(new String[0])).hasMessageContaining("--service");
        assertThatThrownBy(() -> StartupOptions.parse(concat(LAUNCHER, "--only", "billing")))
                .hasMessageContaining("billing");
        assertThatThrownBy(() -> StartupOptions.parse(concat(LAUNCHER, "--runs", "0")))
                .hasMessageContaining("--runs");
        assertThatThrownBy(() -> StartupOptions.parse(new String[] {"--service", "review-service:9180"}))
                .hasMessageContaining("NAME:PORT:HEAP");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(StartupBench.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(StartupBench.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
        assertThat(StartupBench.median(List.of())).isNaN();
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
