package org.careloop.review.fhir;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The FHIR R4 export (prefix {@code careloop.fhir}). */
@ConfigMapping(prefix = "careloop.fhir")
public interface FhirConfig {

    /** Replies per page when a request gives no {@code _count}. */
    @WithDefault("50")
    int pageSize();

    /** The largest {@code _count} accepted: bigger pages are refused, the next page is a link away. */
    @WithDefault("200")
    int maxPageSize();

    /** The longest {@code from}..{@code to} range of one export: a longer one is refused, not cut short. */
    @WithDefault("P31D")
    Duration exportMaxRange();
}
