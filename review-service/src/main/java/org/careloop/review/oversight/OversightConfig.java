package org.careloop.review.oversight;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The clinic's oversight policy. */
@ConfigMapping(prefix = "careloop.oversight")
public interface OversightConfig {

    /**
     * The share of routine drafts, from 0 to 1, that get a planted error before review. 0 (the default) is off:
     * planting is the clinic's decision.
     */
    @WithDefault("0")
    double canaryRate();

    /** A reviewer or team who caught fewer of the planted errors they met than this is flagged. */
    @WithDefault("0.8")
    double minCatchRate();

    /** A reviewer or team whose median time on task is shorter than this is flagged: too fast to have read. */
    @WithDefault("PT20S")
    java.time.Duration minMedianTimeOnTask();
}
