package org.careloop.review.support;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Settings of the review and release (prefix {@code careloop.review}). */
@ConfigMapping(prefix = "careloop.review")
public interface ReviewConfig {

    /**
     * Zone of the date on "reviewed by ... on <date>" and of the times the pages show ({@code CARELOOP_TIME_ZONE});
     * empty means the server's zone.
     */
    Optional<String> timeZone();
}
