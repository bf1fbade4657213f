package org.careloop.review.web;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The browser pages (prefix {@code careloop.web}). */
@ConfigMapping(prefix = "careloop.web")
public interface WebConfig {

    /** Key of the CSRF tokens' HMAC ({@code CARELOOP_WEB_CSRF_KEY}); empty means a random key per start. */
    Optional<String> csrfKey();
}
