package org.careloop.k8s;

import static org.careloop.k8s.Tree.at;
import static org.careloop.k8s.Tree.list;
import static org.careloop.k8s.Tree.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every rendered overlay must hold, each broken rule one line naming the object: probes, requests and limits and
 * a locked-down security context on every Deployment's containers; Secrets referenced only by documented names and
 * keys; careloop's containers on the images the build names, no image without a fixed tag; NetworkPolicies that let
 * only review-service reach policy- and inference-service; an ingress that routes only review-service's own pages and
 * API, never /q/*, and only over TLS.
 */
final class ManifestRules {

    private final DocumentedSecrets secrets;
    private final Function<String, String> expectedImage;

    ManifestRules(DocumentedSecrets secrets, Function<String, String> expectedImage) {
        this.secrets = secrets;
        this.expectedImage = expectedImage;
    }

    List<String> violations(Manifests manifests) {
        List<String> found = new ArrayList<>();
        for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
            checkDeployment(deployment, found);
        }
        for (Map<String, Object> object : manifests.objects()) {
            checkSecretReferences(object.get("kind") + " " + Manifests.nameOf(object), object, found);
        }
        checkNetworkPolicies(manifests, found);
        for (Map<String, Object> ingress : manifests.ofKind("Ingress")) {
            checkIngress(ingress, found);
        }
        return found;
    }

    private void checkDeployment(Map<String, Object> deployment, List<String> found) {
        String name = "Deployment " + Manifests.nameOf(deployment);
        Map<String, Object> pod = at(deployment, "spec", "template", "spec");
        boolean podNonRoot = Boolean.TRUE.equals(at(pod, "securityContext").get("runAsNonRoot"));
        List<Object> containers = list(pod.get("containers"));
        if (containers.isEmpty()) {
            found.add(name + ": no containers");
        }
        for (Object item : containers) {
            Map<String, Object> container = map(item);
            String where = name + " container " + container.get("name");
            requireProbe(container, "livenessProbe", where, found);
            requireProbe(container, "readinessProbe", where, found);
            if ("review-service".equals(container.get("name"))) {
                requireProbe(container, "startupProbe", where, found);
            }
            for (String bound : List.of("requests", "limits")) {
                Map<String, Object> resources = at(container, "resources", bound);
                for (String resource : List.of("cpu", "memory")) {
                    if (resources.get(resource) == null) {
                        found.add(where + ": no resources." + bound + "." + resource);
                    }
                }
            }
            checkContainerSecurity(container, podNonRoot, where, found);
            checkImage(container, where, found);
        }
        for (Object item : list(pod.get("initContainers"))) {
            Map<String, Object> container = map(item);
            String where = name + " init container " + container.get("name");
            checkContainerSecurity(container, podNonRoot, where, found);
            checkImage(container, where, found);
        }
    }

    private static void requireProbe(Map<String, Object> container, String probe, String where, List<String> found) {
        if (map(container.get(probe)).isEmpty()) {
            found.add(where + ": no " + probe);
        }
    }

    private static void checkContainerSecurity(
            Map<String, Object> container, boolean podNonRoot, String where, List<String> found) {
        Map<String, Object> security = at(container, "securityContext");
        if (!podNonRoot && !Boolean.TRUE.equals(security.get("runAsNonRoot"))) {
            found.add(where + ": runAsNonRoot is not true (neither the pod's nor the container's)");
        }
        if (Boolean.FALSE.equals(security.get("runAsNonRoot"))) {
            found.add(where + ": runAsNonRoot is false");
        }
        if (!Boolean.TRUE.equals(security.get("readOnlyRootFilesystem"))) {
            found.add(where + ": readOnlyRootFilesystem is not true");
        }
        if (!Boolean.FALSE.equals(security.get("allowPrivilegeEscalation"))) {
            found.add(where + ": allowPrivilegeEscalation is not false");
        }
        if (Boolean.TRUE.equals(security.get("privileged"))) {
            found.add(where + ": privileged");
        }
        if (!list(at(security, "capabilities").get("drop")).contains("ALL")) {
            found.add(where + ": capabilities do not drop ALL");
        }
        if (!list(at(security, "capabilities").get("add")).isEmpty()) {
            found.add(where + ": adds capabilities "
                    + at(security, "capabilities").get("add"));
        }
    }

    private void checkImage(Map<String, Object> container, String where, List<String> found) {
        String image = Objects.toString(container.get("image"), "");
        String lastPart = image.substring(image.lastIndexOf('/') + 1);
        if (image.isEmpty()) {
            found.add(where + ": no image");
        } else if (!image.contains("@sha256:") && !lastPart.contains(":")) {
            found.add(where + ": image " + image + " has no tag (that is 'latest')");
        } else if (lastPart.endsWith(":latest")) {
            found.add(where + ": image " + image + " is tagged latest");
        }
        String service = Objects.toString(container.get("name"), "");
        if (Repository.SERVICES.contains(service)
                && !expectedImage.apply(service).equals(image)) {
            found.add(where + ": image " + image + " is not the one the build names, " + expectedImage.apply(service));
        }
    }

    /** Any secretKeyRef, secretRef, secret volume, TLS secretName or operator field (usernameSecret...) in the object. */
    private void checkSecretReferences(String where, Object node, List<String> found) {
        if (node instanceof Map<?, ?> raw) {
            Map<String, Object> object = map(raw);
            for (Map.Entry<String, Object> entry : object.entrySet()) {
                String key = entry.getKey();
                if (key.equals("secretName") && entry.getValue() instanceof String name) {
                    requireSecret(where, name, null, found);
                } else if ((key.equals("secretKeyRef")
                                || key.equals("secretRef")
                                || key.equals("secret")
                                || key.endsWith("Secret"))
                        && entry.getValue() instanceof Map<?, ?> reference
                        && reference.get("name") instanceof String name) {
                    Object secretKey = reference.get("key");
                    requireSecret(where, name, secretKey == null ? null : secretKey.toString(), found);
                }
                checkSecretReferences(where, entry.getValue(), found);
            }
        } else if (node instanceof List<?> items) {
            items.forEach(item -> checkSecretReferences(where, item, found));
        }
    }

    private void requireSecret(String where, String name, String key, List<String> found) {
        if (!secrets.documents(name)) {
            found.add(where + ": Secret " + name + " is not documented in k8s/README.md (## Secrets)");
        } else if (key != null && !secrets.documents(name, key)) {
            found.add(where + ": key " + key + " of Secret " + name + " is not documented in k8s/README.md");
        }
    }

    private static void checkNetworkPolicies(Manifests manifests, List<String> found) {
        List<Map<String, Object>> policies = manifests.ofKind("NetworkPolicy");
        boolean defaultDeny = policies.stream()
                .anyMatch(p -> at(p, "spec", "podSelector").isEmpty()
                        && list(at(p, "spec").get("policyTypes")).contains("Ingress")
                        && list(at(p, "spec").get("ingress")).isEmpty());
        if (!defaultDeny) {
            found.add("NetworkPolicy: none denies ingress to every pod by default");
        }
        for (String service : List.of("policy-service", "inference-service")) {
            List<Map<String, Object>> selecting = policies.stream()
                    .filter(p -> service.equals(
                            at(p, "spec", "podSelector", "matchLabels").get("app.kubernetes.io/name")))
                    .toList();
            if (selecting.isEmpty()) {
                found.add("NetworkPolicy: none selects " + service);
            }
            for (Map<String, Object> policy : selecting) {
                for (Object rule : list(at(policy, "spec").get("ingress"))) {
                    List<Object> from = list(map(rule).get("from"));
                    if (from.isEmpty()) {
                        found.add("NetworkPolicy " + Manifests.nameOf(policy) + ": lets anything reach " + service);
                    }
                    for (Object peer : from) {
                        Map<String, Object> pods = at(map(peer), "podSelector");
                        boolean onlyReview = "review-service"
                                        .equals(map(pods.get("matchLabels")).get("app.kubernetes.io/name"))
                                && map(pods.get("matchLabels")).size() == 1;
                        boolean namespaceOnly = !map(peer).containsKey("podSelector")
                                && map(peer).containsKey("namespaceSelector");
                        if (!onlyReview && !namespaceOnly) {
                            found.add("NetworkPolicy " + Manifests.nameOf(policy) + ": lets pods other than"
                                    + " review-service reach " + service + " (" + peer + ")");
                        }
                    }
                }
            }
        }
        boolean postgres = policies.stream()
                .anyMatch(p -> at(p, "spec", "podSelector", "matchLabels").containsKey("cnpg.io/cluster"));
        if (!postgres) {
            found.add("NetworkPolicy: none guards PostgreSQL (cnpg.io/cluster)");
        }
    }

    private static void checkIngress(Map<String, Object> ingress, List<String> found) {
        String where = "Ingress " + Manifests.nameOf(ingress);
        List<Object> hosts = list(at(ingress, "spec").get("tls")).stream()
                .flatMap(tls -> list(map(tls).get("hosts")).stream())
                .toList();
        for (Object rule : list(at(ingress, "spec").get("rules"))) {
            Object host = map(rule).get("host");
            if (!hosts.contains(host)) {
                found.add(where + ": host " + host + " is not served over TLS");
            }
            for (Object item : list(at(map(rule), "http").get("paths"))) {
                Map<String, Object> path = map(item);
                String route = Objects.toString(path.get("path"), "/");
                String backend = Objects.toString(at(path, "backend", "service").get("name"), "(no service)");
                if (!backend.equals("review-service")) {
                    found.add(where + ": routes " + route + " to " + backend + ", which must have no ingress");
                }
                boolean prefixOfAll = route.equals("/") && !"Exact".equals(path.get("pathType"));
                if (route.equals("/q") || route.startsWith("/q/") || prefixOfAll) {
                    found.add(where + ": routes " + route + " (" + path.get("pathType")
                            + "), which exposes /q/* (health, metrics) outside the cluster");
                }
            }
        }
    }
}
