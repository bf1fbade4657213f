package org.careloop.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An overlay on top of prod that breaks one rule of each kind (src/test/kustomize/tampered): the checks must name every
 * one of them, or they would also let a real overlay through.
 */
class TamperedOverlayTest {

    @Test
    void everyTamperingIsReported() throws Exception {
        Path tampered = Repository.k8s().resolve("src/test/kustomize/tampered");
        ManifestRules rules = new ManifestRules(
                DocumentedSecrets.fromReadme(Repository.k8s().resolve("README.md")), Repository::imageOf);

        var violations = rules.violations(Kustomize.render(tampered));

        assertThat(violations)
                .anyMatch(v -> v.equals("Deployment policy-service container policy-service: no readinessProbe"))
                .anyMatch(v -> v.equals("Deployment review-service container review-service: no startupProbe"))
                .anyMatch(v -> v.equals(
                        "Deployment inference-service container inference-service: no resources.limits.memory"))
                .anyMatch(v -> v.startsWith("Deployment policy-service container policy-service: image")
                        && v.contains(":latest is tagged latest"))
                .anyMatch(v -> v.contains("policy-service: image") && v.contains("is not the one the build names"))
                .anyMatch(v -> v.equals(
                        "Deployment review-service container review-service: readOnlyRootFilesystem is not true"))
                .anyMatch(v -> v.equals(
                        "Deployment review-service container review-service: allowPrivilegeEscalation is not false"))
                .anyMatch(
                        v -> v.equals("Deployment inference-service: key api-token of Secret careloop-model-keys is not"
                                + " documented in k8s/README.md"))
                .anyMatch(v -> v.contains("Secret hospital-wide-admin is not documented"))
                .anyMatch(v -> v.contains("routes /q (Prefix), which exposes /q/*"))
                .anyMatch(v -> v.contains("routes /draft-console to inference-service, which must have no ingress"))
                .anyMatch(v -> v.equals("NetworkPolicy: none selects policy-service"));
    }
}
