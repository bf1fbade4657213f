package org.careloop.review.errors;

import io.quarkus.oidc.client.OidcClientException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call could not reach the service at all: no connection (refused, unknown host, no route, connect timeout), or a
 * gateway in front of it answered 502, 503 or 504. The same call works once the service is back, whatever the
 * message; unlike an error the service answered, a time-out (a message that makes the service hang) or a dropped
 * connection (a message that makes it crash), which may be the message's own doing. Its message names the service
 * first ({@link #serviceIn}), and is what the engine stores with the failed job and its incident.
 */
public class ServiceUnreachableException extends RuntimeException {

    /** Where the client-credentials token for the calls comes from. */
    public static final String KEYCLOAK = "keycloak";

    private static final Set<Integer> GATEWAY_STATUSES = Set.of(502, 503, 504);
    private static final String MARK = " unreachable: ";
    private static final Pattern MESSAGE = Pattern.compile("^([A-Za-z0-9._-]+)" + MARK);

    private final String service;

    public ServiceUnreachableException(String service, Throwable cause) {
        super(service + MARK + cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        this.service = service;
    }

    public String service() {
        return service;
    }

    /**
     * {@code failure} of a call to {@code service} as a ServiceUnreachableException when it is one (a connection
     * failure on the way to the token endpoint is Keycloak's), else {@code failure} itself.
     */
    public static RuntimeException classify(String service, RuntimeException failure) {
        boolean tokenRequest = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceUnreachableException) {
                return failure;
            }
            if (t instanceof OidcClientException) {
                tokenRequest = true;
            }
            if (t instanceof RemoteServiceException remote && GATEWAY_STATUSES.contains(remote.status())) {
                return new ServiceUnreachableException(service, t);
            }
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException) {
                return new ServiceUnreachableException(tokenRequest ? KEYCLOAK : service, t);
            }
        }
        return failure;
    }

    /** The first ServiceUnreachableException among {@code failure} and its causes. */
    public static Optional<ServiceUnreachableException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceUnreachableException unreachable) {
                return Optional.of(unreachable);
            }
        }
        return Optional.empty();
    }

    /** The service a stored failure message (of a job or an incident) says could not be reached. */
    public static Optional<String> serviceIn(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher m = MESSAGE.matcher(message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
