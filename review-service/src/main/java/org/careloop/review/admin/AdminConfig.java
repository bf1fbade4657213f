package org.careloop.review.admin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/** Model uploads through the admin API and the admin editor (prefix {@code careloop.admin}). */
@ConfigMapping(prefix = "careloop.admin")
public interface AdminConfig {

    /** Largest BPMN or DMN upload, in bytes; 413 beyond it. */
    @WithDefault("1048576")
    @Positive
    int maxModelBytes();
}
