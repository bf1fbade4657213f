package org.careloop.biasaudit.pipeline;

import java.net.URI;

/** A call that failed: the status (0 when nothing answered) and the service's error code and message. */
public final class RemoteCallException extends RuntimeException {

    private final int status;

    public RemoteCallException(URI uri, int status, String error) {
        super((status == 0 ? "no answer from " : status + " from ")
                + uri
                + (error.isEmpty() ? "" : " (" + error + ")"));
        this.status = status;
    }

    public int status() {
        return status;
    }
}
