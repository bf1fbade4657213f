package org.careloop.review.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/** A timestamp column's value as a native query hands it back, whichever Java type the driver chose. */
public final class SqlTimestamps {

    private SqlTimestamps() {}

    /** The instant, or null for SQL NULL. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof Date d) {
            // java.sql.Timestamp too, with its nanoseconds.
            return d.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            // The engine's timestamp columns have no zone: it writes and reads them in the JVM's zone.
            return local.atZone(ZoneId.systemDefault()).toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
