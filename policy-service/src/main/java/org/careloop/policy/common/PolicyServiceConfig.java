package org.careloop.policy.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "careloop.policy")
public interface PolicyServiceConfig {

    /** Longest message or draft text accepted, in UTF-16 characters. */
    @WithDefault("20000")
    int maxTextLength();

    /** Classpath location of the policy manifest naming the version and its catalogues. */
    @WithDefault("policy/policy.json")
    String manifest();

    /** Flesch-Kincaid grade above which a draft gets a READING_LEVEL finding. */
    @WithDefault("8")
    double readingGradeLimit();
}
