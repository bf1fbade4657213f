package org.careloop.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * k8s/base/generated/ holds what the Quarkus Kubernetes extension wrote for each service in this build
 * (target/kubernetes/kubernetes.yml): a change to a service's configuration that changes its manifest must be copied in,
 * so that what kustomize deploys is what the service's configuration says. `./mvnw -pl k8s test
 * -Dk8s.update-generated=true` (after building the services) copies them.
 */
class GeneratedManifestsTest {

    static Iterable<String> services() {
        return Repository.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void theBaseHoldsWhatTheBuildGenerated(String service) throws Exception {
        Path generated = Repository.root().resolve(service).resolve("target/kubernetes/kubernetes.yml");
        Path committed = Repository.k8s().resolve("base/generated").resolve(service + ".yml");
        if (!Files.exists(generated)) {
            String reason = generated + " is missing: build " + service + " first (./mvnw install runs the services"
                    + " before this module)";
            System.out.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
        if (Boolean.getBoolean("k8s.update-generated")) {
            Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
        }

        assertThat(Manifests.read(committed).objects())
                .as(committed + " differs from what the build generated (" + generated + "): copy it, or run ./mvnw"
                        + " -pl k8s test -Dk8s.update-generated=true, and review the difference")
                .isEqualTo(Manifests.read(generated).objects());
    }
}
