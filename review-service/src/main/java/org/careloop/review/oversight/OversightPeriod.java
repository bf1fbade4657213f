package org.careloop.review.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.careloop.review.errors.ApiException;

/** The days the oversight figures cover, both ends included, in the clinic's time zone. */
public record OversightPeriod(LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    /** From the query's ISO dates; the last 30 days up to today when they are absent. */
    public static OversightPeriod parse(String from, String to, ZoneId zone) {
        LocalDate last = to == null || to.isBlank() ? LocalDate.now(zone) : date("to", to);
        LocalDate first = from == null || from.isBlank() ? last.minusDays(DEFAULT_DAYS - 1) : date("from", from);
        if (first.isAfter(last)) {
            throw new ApiException(
                    400,
                    "VALIDATION_FAILED",
                    "from (" + first + ") is after to (" + last + ")",
                    Map.of("from", "must not be after to"));
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new ApiException(
                    400,
                    "VALIDATION_FAILED",
                    "the period is longer than " + MAX_DAYS + " days",
                    Map.of("from", "at most " + MAX_DAYS + " days before to"));
        }
        return new OversightPeriod(first, last);
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiException(
                    400,
                    "VALIDATION_FAILED",
                    // The value is not repeated: the error contract never quotes the request back.
                    field + " must be a date like 2026-11-30",
                    Map.of(field, "an ISO date"));
        }
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
