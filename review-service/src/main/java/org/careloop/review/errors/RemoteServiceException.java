package org.careloop.review.errors;

/** A call to policy-service or inference-service failed; clientError means retrying will not help. */
public class RemoteServiceException extends RuntimeException {

    private final int status;

    public RemoteServiceException(String service, int status) {
        super(service + " answered " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean clientError() {
        return status >= 400 && status < 500;
    }

    /** 4xx: the request was refused; the same request will be refused again. */
    public static class Rejected extends RemoteServiceException {
        public Rejected(String service, int status) {
            super(service, status);
        }
    }
}
