package org.careloop.review.jobs;

import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This review-service node's name in the cluster: the job executor's lock owner, so that a restarted node knows
 * which job locks its previous run left behind. {@code careloop.node-id} ({@code CARELOOP_NODE_ID}), else host
 * name and HTTP port. Two nodes running at once must never share it.
 */
@Singleton
public class NodeId {

    /** Camunda's ACT_RU_JOB.LOCK_OWNER_ column. */
    static final int MAX_LENGTH = 255;

    private final String value;

    NodeId(
            @ConfigProperty(name = "careloop.node-id") Optional<String> configured,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        this.value = of(configured, port);
    }

    public String value() {
        return value;
    }

    static String of(Optional<String> configured, int port) {
        String id = configured.map(String::strip).filter(s -> !s.isEmpty()).orElseGet(() -> hostName() + ":" + port);
        if (id.length() > MAX_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalStateException("careloop.node-id must be at most " + MAX_LENGTH
                    + " characters without control characters: " + id.length() + " given");
        }
        return id;
    }

    // HOSTNAME is the pod's name in Kubernetes; the resolver is asked only when it is not set.
    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("no host name to derive careloop.node-id from: set CARELOOP_NODE_ID", e);
        }
    }
}
