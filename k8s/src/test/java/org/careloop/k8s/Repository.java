package org.careloop.k8s;

import java.nio.file.Path;
import java.util.List;

/** Where the checkout is and what its build produces, as the k8s module's pom passes them. */
final class Repository {

    static final List<String> SERVICES = List.of("policy-service", "inference-service", "review-service");

    private Repository() {}

    static Path root() {
        return Path.of(property("careloop.root")).toAbsolutePath().normalize();
    }

    static Path k8s() {
        return root().resolve("k8s");
    }

    /** The image the build names for a service: quarkus.container-image.registry/group/artifactId:project version. */
    static String imageOf(String service) {
        return property("careloop.image.registry") + "/" + property("careloop.image.group") + "/" + service + ":"
                + property("careloop.version");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run these tests through Maven (k8s/pom.xml sets it)");
        }
        return value;
    }
}
