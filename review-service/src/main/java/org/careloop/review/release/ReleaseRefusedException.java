package org.careloop.review.release;

/** The release found no clinician approval for exactly this text; the job fails and becomes an incident. */
public class ReleaseRefusedException extends RuntimeException {

    public ReleaseRefusedException(String message) {
        super(message);
    }
}
