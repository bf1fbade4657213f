package org.careloop.review.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic's time zone ({@code careloop.review.time-zone}, else the system's): the date on a released reply's
 * label, the times the pages show and the days of the oversight figures.
 */
@ApplicationScoped
public class ClinicZone {

    private final ZoneId zone;

    public ClinicZone(@ConfigProperty(name = "careloop.review.time-zone") Optional<String> zone) {
        this.zone = zone.filter(z -> !z.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault());
    }

    public ZoneId zone() {
        return zone;
    }
}
