package org.careloop.review.oversight.canary;

/** How the reviewer met a planted error. */
public enum CanaryOutcome {
    /** Edited away: the released text no longer holds the marker. */
    CAUGHT_BY_EDIT(true),
    /** The draft was rejected and the reviewer's own reply, without the marker, released. */
    REJECTED(true),
    /** Approved exactly as planted: refused, the true draft restored, the task back with the reviewer. */
    APPROVED_UNEDITED(false),
    /** Edited elsewhere but the marker kept: refused and restored the same way. */
    APPROVED_WITH_ERROR_KEPT(false);

    private final boolean caught;

    CanaryOutcome(boolean caught) {
        this.caught = caught;
    }

    public boolean caught() {
        return caught;
    }
}
