package org.careloop.review.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;

/**
 * The clinic's time zone ({@code careloop.review.time-zone}, else the system's): the date on a released reply's
 * label, the times the pages show and the days of the oversight figures.
 */
@ApplicationScoped
public class ClinicZone {

    private final ZoneId zone;

    public ClinicZone(ReviewConfig config) {
        this.zone = config.timeZone().filter(z -> !z.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault());
    }

    public ZoneId zone() {
        return zone;
    }
}
