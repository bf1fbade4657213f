package org.careloop.review.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The zone the pages show times in: the same as the date on the reply's label. */
@ApplicationScoped
public class WebZone {

    private final ZoneId zone;

    public WebZone(@ConfigProperty(name = "careloop.review.time-zone") Optional<String> zone) {
        this.zone = zone.filter(z -> !z.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault());
    }

    public ZoneId zone() {
        return zone;
    }
}
