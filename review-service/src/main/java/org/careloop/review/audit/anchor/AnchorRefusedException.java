package org.careloop.review.audit.anchor;

/** Nothing was signed: the chain, or the anchor file, no longer extends the last anchor. */
public class AnchorRefusedException extends RuntimeException {

    private final long seq;

    public AnchorRefusedException(long seq, String message) {
        super(message);
        this.seq = seq;
    }

    /** Where in the chain the problem was found. */
    public long seq() {
        return seq;
    }
}
