package org.careloop.review.jobs;

import java.sql.SQLException;
import java.util.Set;

/**
 * A job that failed because PostgreSQL chose its transaction as a deadlock's victim, or could not serialise it, did
 * nothing: its whole transaction rolled back. Such a failure is the database's, not the job's, so the first one in a
 * row does not use up an attempt; a second in a row counts as any failure does. Without this, a release (one attempt,
 * so that a refused release is an incident at once) that lost a deadlock to a job of its own process left the
 * patient's approved reply waiting for an admin.
 */
final class DatabaseConflicts {

    /** PostgreSQL's SQLSTATEs for a deadlock victim and a serialisation failure. */
    private static final Set<String> CONFLICT_STATES = Set.of("40P01", "40001");

    static final String MARKER = "Database conflict, tried again at no cost: ";

    private DatabaseConflicts() {}

    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (CONFLICT_STATES.contains(e.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the job's stored failure, before this one, was a conflict already tried again at no cost. */
    static boolean triedAgainBefore(String storedFailure) {
        return storedFailure != null && storedFailure.startsWith(MARKER);
    }
}
