package org.careloop.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules over fixed manifests, without kubectl: a careless Deployment and a clean one. */
class ManifestRulesTest {

    private final ManifestRules rules = new ManifestRules(
            DocumentedSecrets.parse(List.of(
                    "## Secrets",
                    "| Secret | keys | used by |",
                    "|---|---|---|",
                    "| `careloop-db` | `username`, `password` | all |",
                    "## Next")),
            service -> "registry.example/careloop/" + service + ":1.0.0");

    private static Manifests fixture(String name) throws Exception {
        try (InputStream in = ManifestRulesTest.class.getResourceAsStream("/manifests/" + name)) {
            return Manifests.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aCarelessDeploymentBreaksEveryRuleItShould() throws Exception {
        assertThat(rules.violations(fixture("careless.yaml")))
                .containsExactlyInAnyOrder(
                        "Deployment review-service container review-service: no livenessProbe",
                        "Deployment review-service container review-service: no startupProbe",
                        "Deployment review-service container review-service: no resources.limits.cpu",
                        "Deployment review-service container review-service: no resources.limits.memory",
                        "Deployment review-service container review-service: runAsNonRoot is not true (neither the"
                                + " pod's nor the container's)",
                        "Deployment review-service container review-service: readOnlyRootFilesystem is not true",
                        "Deployment review-service container review-service: allowPrivilegeEscalation is not false",
                        "Deployment review-service container review-service: capabilities do not drop ALL",
                        "Deployment review-service container review-service: image careloop/review-service has no"
                                + " tag (that is 'latest')",
                        "Deployment review-service container review-service: image careloop/review-service is not"
                                + " the one the build names, registry.example/careloop/review-service:1.0.0",
                        "Deployment review-service: key pass of Secret careloop-db is not documented in"
                                + " k8s/README.md",
                        "Deployment review-service: Secret careloop-everything is not documented in k8s/README.md"
                                + " (## Secrets)",
                        "NetworkPolicy: none denies ingress to every pod by default",
                        "NetworkPolicy: none selects policy-service",
                        "NetworkPolicy: none selects inference-service",
                        "NetworkPolicy: none guards PostgreSQL (cnpg.io/cluster)");
    }

    @Test
    void aCarefulDeploymentBreaksNone() throws Exception {
        assertThat(rules.violations(fixture("careful.yaml"))).isEmpty();
    }
}
