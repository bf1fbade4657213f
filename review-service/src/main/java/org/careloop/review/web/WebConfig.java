package org.careloop.review.web;

import io.smallrye.config.ConfigMapping;

/** The browser pages (prefix {@code careloop.web}). */
@ConfigMapping(prefix = "careloop.web")
public interface WebConfig {

    /**
     * Key of the CSRF tokens' HMAC ({@code CARELOOP_WEB_CSRF_KEY}), at least {@value WebSecrets#MIN_LENGTH} characters:
     * the same on every review-service node, so that a form one node served is accepted by the next.
     */
    String csrfKey();
}
