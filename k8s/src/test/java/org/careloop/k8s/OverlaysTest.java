package org.careloop.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.k8s.Tree.at;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every overlay as `kubectl kustomize` renders it, held to the rules a clinic's cluster relies on. */
class OverlaysTest {

    static Stream<String> overlays() {
        return Stream.of("dev", "prod");
    }

    private static Manifests render(String overlay) throws Exception {
        return Kustomize.render(Repository.k8s().resolve("overlays").resolve(overlay));
    }

    private static ManifestRules rules() throws Exception {
        return new ManifestRules(
                DocumentedSecrets.fromReadme(Repository.k8s().resolve("README.md")), Repository::imageOf);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyOverlayRendersAndKeepsTheRules(String overlay) throws Exception {
        Manifests manifests = render(overlay);

        assertThat(rules().violations(manifests))
                .as("rules broken by overlay " + overlay)
                .isEmpty();
        for (String service : Repository.SERVICES) {
            assertThat(manifests.named("Deployment", service)).isNotNull();
            assertThat(manifests.named("Service", service)).isNotNull();
            assertThat(manifests.named("ServiceAccount", service)).isNotNull();
            assertThat(manifests.named("PodDisruptionBudget", service)).isNotNull();
        }
        assertThat(manifests.named("HorizontalPodAutoscaler", "policy-service")).isNotNull();
        assertThat(manifests.named("HorizontalPodAutoscaler", "inference-service"))
                .isNotNull();
    }

    @Test
    void devRunsOneOfEachWithTheDemoRealm() throws Exception {
        Manifests dev = render("dev");

        for (String service : Repository.SERVICES) {
            assertThat(at(dev.named("Deployment", service), "spec").get("replicas"))
                    .as(service)
                    .isEqualTo(1);
        }
        assertThat(at(dev.named("HorizontalPodAutoscaler", "policy-service"), "spec")
                        .get("maxReplicas"))
                .isEqualTo(1);
        assertThat(dev.ofKind("Ingress")).isEmpty();
        assertThat(dev.named("KeycloakRealmImport", "careloop-demo-realm")).isNotNull();
        assertThat(dev.named("Cluster", "careloop-db")).isNotNull();
    }

    @Test
    void prodRunsReviewServiceAsAClusterBehindATlsIngress() throws Exception {
        Manifests prod = render("prod");

        assertThat((Integer)
                        at(prod.named("Deployment", "review-service"), "spec").get("replicas"))
                .isGreaterThanOrEqualTo(2);
        assertThat((Integer) at(prod.named("HorizontalPodAutoscaler", "inference-service"), "spec")
                        .get("minReplicas"))
                .isGreaterThanOrEqualTo(2);
        assertThat(prod.ofKind("Ingress")).hasSize(1);
        assertThat(prod.ofKind("Ingress").get(0).toString()).contains("/portal", "/inbox", "/api", "careloop-tls");
        // PostgreSQL and Keycloak are the clinic's, not this overlay's.
        assertThat(prod.ofKind("Cluster")).isEmpty();
        assertThat(prod.ofKind("Keycloak")).isEmpty();
        assertThat(prod.ofKind("KeycloakRealmImport")).isEmpty();
    }

    @Test
    void theBaseAloneKeepsTheRules() throws Exception {
        // So that a Secret or probe an overlay would drop is still documented and present in what every cluster gets.
        assertThat(rules().violations(Kustomize.render(Repository.k8s().resolve("base"))))
                .isEmpty();
    }
}
