package org.careloop.review.seeding;

import java.util.List;

/**
 * The kind of message a seeded review is, by its number: a fixed mix that looks like a clinic's backlog, so that
 * the routing table spreads the reviews over its groups, priorities and due times as it would. Per 100 messages:
 * 2 emergencies (on-call, priority 100), 1 self-harm (senior clinicians, 90), 7 other urgent (80), 10 routine with a
 * HIGH-risk draft (70), 30 MEDIUM (50), 47 LOW (30) and 3 routine with no draft available (30).
 */
final class SeedMix {

    /** severity: the screening's highest; risk: the draft check's level, null when there was no draft. */
    record Kind(String severity, String category, String risk, boolean draftAvailable) {

        boolean emergency() {
            return "EMERGENCY".equals(severity);
        }
    }

    private static final List<String> EMERGENCIES =
            List.of("CHEST_PAIN", "BREATHING_DIFFICULTY", "STROKE", "ANAPHYLAXIS");
    private static final List<String> URGENT = List.of("HIGH_FEVER", "DEHYDRATION", "SEVERE_ABDOMINAL_PAIN");

    private SeedMix() {}

    static Kind of(int n) {
        int slot = Math.floorMod(n, 100);
        int round = Math.floorDiv(n, 100);
        if (slot < 2) {
            return new Kind("EMERGENCY", EMERGENCIES.get((round * 2 + slot) % EMERGENCIES.size()), "LOW", true);
        }
        if (slot < 3) {
            return new Kind("URGENT", "SUICIDAL_SELF_HARM", "LOW", true);
        }
        if (slot < 10) {
            return new Kind("URGENT", URGENT.get((round + slot) % URGENT.size()), "MEDIUM", true);
        }
        if (slot < 20) {
            return new Kind("ROUTINE", null, "HIGH", true);
        }
        if (slot < 50) {
            return new Kind("ROUTINE", null, "MEDIUM", true);
        }
        if (slot < 97) {
            return new Kind("ROUTINE", null, "LOW", true);
        }
        return new Kind("ROUTINE", null, null, false);
    }
}
