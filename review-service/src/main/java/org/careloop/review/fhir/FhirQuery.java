package org.careloop.review.fhir;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one FHIR request, checked strictly: an unknown or repeated parameter, or a value of the
 * wrong form, is a 400 that names it, never silently ignored (a misspelt filter must not widen what is returned).
 */
public final class FhirQuery {

    public static final String COUNT = "_count";
    public static final String OFFSET = "_offset";

    private final MultivaluedMap<String, String> params;

    private FhirQuery(MultivaluedMap<String, String> params) {
        this.params = params;
    }

    /** The request's parameters, refused unless each is one of {@code allowed} and given at most once. */
    public static FhirQuery of(MultivaluedMap<String, String> params, String... allowed) {
        Set<String> known = new TreeSet<>(List.of(allowed));
        for (var entry : params.entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw FhirException.badRequest("unknown parameter '" + entry.getKey() + "'; "
                        + (known.isEmpty()
                                ? "this request takes none"
                                : "this search takes " + String.join(", ", known)));
            }
            if (entry.getValue().size() > 1) {
                throw FhirException.badRequest("parameter '" + entry.getKey() + "' is given more than once");
            }
        }
        return new FhirQuery(params);
    }

    public String optional(String name) {
        String value = params.getFirst(name);
        if (value != null && value.isBlank()) {
            throw FhirException.badRequest("parameter '" + name + "' is empty");
        }
        return value;
    }

    public String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw FhirException.badRequest("parameter '" + name + "' is required");
        }
        return value;
    }

    /** {@code _count}: how many replies a page holds, 1 to {@code max}. */
    public int count(int fallback, int max) {
        String value = optional(COUNT);
        if (value == null) {
            return fallback;
        }
        int count = integer(COUNT, value);
        if (count < 1 || count > max) {
            throw FhirException.badRequest(
                    COUNT + " must be between 1 and " + max + "; follow the bundle's next link " + "for more");
        }
        return count;
    }

    /** {@code _offset}: how many replies the pages before this one held (the next link carries it). */
    public int offset() {
        String value = optional(OFFSET);
        if (value == null) {
            return 0;
        }
        int offset = integer(OFFSET, value);
        if (offset < 0) {
            throw FhirException.badRequest(OFFSET + " must not be negative");
        }
        return offset;
    }

    /**
     * A FHIR date ({@code 2026-12-01}: the start of that day in the clinic's zone) or dateTime with its offset
     * ({@code 2026-12-01T08:00:00Z}, {@code 2026-12-01T09:00:00+01:00}).
     */
    public Instant instant(String name, ZoneId zone) {
        String value = required(name);
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw FhirException.badRequest("parameter '" + name + "' must be a date (2026-12-01) or a date and time "
                    + "with its offset (2026-12-01T08:00:00Z)");
        }
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw FhirException.badRequest("parameter '" + name + "' must be a whole number");
        }
    }
}
