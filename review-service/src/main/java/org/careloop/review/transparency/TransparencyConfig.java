package org.careloop.review.transparency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** What patients are told about the clinic's use of AI (prefix {@code careloop.transparency}). */
@ConfigMapping(prefix = "careloop.transparency")
public interface TransparencyConfig {

    /**
     * The clinic's own AI-use notice ({@code CARELOOP_AI_NOTICE_URL}); empty means careloop's page at
     * {@value AiUseNotice#DEFAULT_PAGE}.
     */
    Optional<String> noticeUrl();

    /**
     * The clinic's wording for careloop's notice page ({@code CARELOOP_AI_NOTICE_TEXT}), paragraphs separated by a
     * blank line; empty means careloop's own explanation.
     */
    Optional<String> noticeText();

    /** How a patient reaches a person at the clinic, shown on the notice page ({@code CARELOOP_AI_NOTICE_CONTACT}). */
    @WithDefault("Write to your care team on this site and ask for a call, or call the clinic during opening hours. "
            + "In an emergency, call your local emergency number.")
    String contact();
}
