package org.careloop.policy.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "careloop.policy")
public interface PolicyServiceConfig {

    /**
     * The contract's "Message text" limit (docs/service-contracts.md, "Text limits and placeholders"), defined once in
     * this service and checked against the document by {@code ServiceContractTest}.
     */
    int MESSAGE_TEXT_LIMIT = 20_000;

    /** Longest message or draft text accepted, in UTF-16 characters: {@link #MESSAGE_TEXT_LIMIT}. */
    @WithDefault("" + MESSAGE_TEXT_LIMIT)
    int maxTextLength();

    /** Classpath location of the policy manifest naming the version and its catalogues. */
    @WithDefault("policy/policy.json")
    String manifest();

    /** Flesch-Kincaid grade above which a draft gets a READING_LEVEL finding. */
    @WithDefault("8")
    double readingGradeLimit();
}
