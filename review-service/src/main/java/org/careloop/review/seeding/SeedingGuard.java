package org.careloop.review.seeding;

import java.util.List;

/**
 * Whether seeding may write to the database it is connected to: only the one the operator named, and never under
 * the prod profile unless they said {@code --i-know}. A clinic's production database must not fill with 100 000
 * invented patient messages because a command was run in the wrong shell.
 */
public final class SeedingGuard {

    private SeedingGuard() {}

    /** Why seeding must not run, or null when it may. */
    public static String refusal(SeedOptions options, String connectedDatabase, List<String> profiles) {
        if (!options.database().equals(connectedDatabase)) {
            return "refusing to seed: connected to database '" + connectedDatabase + "', but --database names '"
                    + options.database() + "'";
        }
        if (profiles.contains("prod") && !options.iKnow()) {
            return "refusing to seed under the prod profile: this writes " + options.tasks()
                    + " invented patient messages into '" + connectedDatabase
                    + "'. Run with -Dquarkus.profile=dev, or add --i-know if this database is not a clinic's";
        }
        return null;
    }
}
