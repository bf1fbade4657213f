package org.careloop.review;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.careloop.review.seeding.SeedInboxCommand;

/**
 * review-service's entry point: the service, or with {@code seed-inbox} as first argument the inbox seeding tool
 * ({@link SeedInboxCommand}), which runs the same application so that seeded reviews go through the real engine,
 * delegates and listeners.
 */
@QuarkusMain
public class ReviewServiceMain {

    public static void main(String... args) {
        if (args.length > 0 && SeedInboxCommand.NAME.equals(args[0])) {
            SeedInboxCommand.configure();
            Quarkus.run(SeedInboxCommand.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}
