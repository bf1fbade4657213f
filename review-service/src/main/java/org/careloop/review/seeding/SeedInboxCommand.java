package org.careloop.review.seeding;

import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import javax.sql.DataSource;
import org.careloop.review.seeding.InboxSeeder.Seeded;

/**
 * {@code java -jar quarkus-run.jar seed-inbox --database careloop_review [--tasks 100000]}: fills the inbox with open
 * review tasks for scale measurements ({@link InboxSeeder}), then exits. It runs the whole review-service application
 * without its HTTP listener and without the job executor, so it can run beside a running review-service.
 */
@ApplicationScoped
@Unremovable
public class SeedInboxCommand implements QuarkusApplication {

    public static final String NAME = "seed-inbox";

    @Inject
    InboxSeeder seeder;

    @Inject
    DataSource dataSource;

    /** Before the application starts: no HTTP listener, no job executor (jobs stay with the running nodes). */
    public static void configure() {
        System.setProperty("quarkus.http.host-enabled", "false");
        System.setProperty("careloop.job-executor.start", "false");
    }

    @Override
    public int run(String... args) throws Exception {
        SeedOptions options;
        try {
            options = SeedOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        String database = connectedDatabase();
        String refusal = SeedingGuard.refusal(options, database, ConfigUtils.getProfiles());
        if (refusal != null) {
            System.err.println(refusal);
            return 3;
        }
        System.out.printf(
                "seeding %d open review tasks into %s (%d threads, %d messages per transaction)%n",
                options.tasks(), database, options.threads(), options.batch());
        int step = Math.max(options.batch(), options.tasks() / 20);
        long started = System.nanoTime();
        Seeded seeded = seeder.seed(options.tasks(), options.threads(), options.batch(), done -> {
            if (done % step < options.batch() || done == options.tasks()) {
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(Locale.ROOT, "  %,d seeded, %.0f s, %.0f/s%n", done, seconds, done / seconds);
            }
        });
        System.out.printf(
                Locale.ROOT,
                "seeded %,d review tasks in %.1f s (%.0f per second)%n",
                seeded.tasks(),
                seeded.took().toMillis() / 1000.0,
                seeded.perSecond());
        return 0;
    }

    private String connectedDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT current_database()")) {
            r.next();
            return r.getString(1);
        }
    }
}
