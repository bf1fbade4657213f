package org.careloop.system;

/** Where the running system is; `./careloop test` passes these as system properties. */
final class SystemUnderTest {

    static final String REVIEW_URL = property("careloop.review.url", "http://localhost:8080");
    /** review-service's second node, which ClusterSystemTest starts and stops through the launcher. */
    static final String REVIEW_NODE_2_URL = property("careloop.review.node2.url", "http://localhost:8090");

    static final String POLICY_URL = property("careloop.policy.url", "http://localhost:8081");
    static final String INFERENCE_URL = property("careloop.inference.url", "http://localhost:8082");
    static final String KEYCLOAK_URL = property("careloop.keycloak.url", "http://localhost:8180");

    private SystemUnderTest() {}

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
