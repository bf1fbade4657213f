package org.careloop.review.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.careloop.review.intake.MessageStatus;

/** Plain-language words and dates for the pages. */
final class Texts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Texts() {}

    static String when(Instant instant, ZoneId zone) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }

    /** What a patient reads for each status. */
    static String status(MessageStatus status) {
        return switch (status) {
            case RECEIVED -> "Received. We are checking your message.";
            case IN_REVIEW -> "A clinician is reviewing your message.";
            case AWAITING_PATIENT -> "The care team has a question for you.";
            case ANSWERED -> "Answered.";
        };
    }

    /** "CHEST_PAIN" becomes "Chest pain". */
    static String humanize(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
