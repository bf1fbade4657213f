package org.careloop.review.oversight;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/** The clinic's oversight policy. */
@ConfigMapping(prefix = "careloop.oversight")
public interface OversightConfig {

    /**
     * The share of routine drafts, from 0 to 1, that get a planted error before review. 0 (the default) is off:
     * planting is the clinic's decision. Outside 0..1 the service does not start.
     */
    @WithDefault("0")
    @DecimalMin("0")
    @DecimalMax("1")
    double canaryRate();

    /** A reviewer or team who caught fewer of the planted errors they met than this is flagged. */
    @WithDefault("0.8")
    @DecimalMin("0")
    @DecimalMax("1")
    double minCatchRate();

    /** A reviewer or team whose median time on task is shorter than this is flagged: too fast to have read. */
    @WithDefault("PT20S")
    java.time.Duration minMedianTimeOnTask();
}
