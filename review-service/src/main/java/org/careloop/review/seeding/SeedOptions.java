package org.careloop.review.seeding;

import java.util.List;

/**
 * What {@code seed-inbox} was asked for: {@code --database NAME} (required: the database the tool may write to),
 * {@code --tasks N}, {@code --threads N}, {@code --batch N} (messages per transaction), {@code --i-know} (seed even
 * under the prod profile).
 */
public record SeedOptions(String database, int tasks, int threads, int batch, boolean iKnow) {

    static final String USAGE =
            "usage: seed-inbox --database NAME [--tasks 100000] [--threads 4] [--batch 50] [--i-know]";

    public static SeedOptions parse(List<String> args) {
        String database = null;
        int tasks = 100_000;
        int threads = 4;
        int batch = 50;
        boolean iKnow = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case SeedInboxCommand.NAME -> {}
                case "--database" -> database = value(args, ++i, arg);
                case "--tasks" -> tasks = positive(value(args, ++i, arg), arg);
                case "--threads" -> threads = positive(value(args, ++i, arg), arg);
                case "--batch" -> batch = positive(value(args, ++i, arg), arg);
                case "--i-know" -> iKnow = true;
                default -> throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("--database is required: name the database to seed\n" + USAGE);
        }
        return new SeedOptions(database, tasks, threads, batch, iKnow);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args.get(index);
    }

    private static int positive(String value, String option) {
        try {
            int n = Integer.parseInt(value.replace("_", ""));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a positive whole number, not " + value);
    }
}
