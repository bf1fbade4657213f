package org.careloop.review.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code careloop.jobs.unreachable.*}: what a job does when a service it calls cannot be reached. */
@ConfigMapping(prefix = "careloop.jobs.unreachable")
public interface UnreachableServicesConfig {

    /** Waits between the attempts of a job that could not reach one of {@link #services()}; an incident after. */
    List<Duration> retryIntervals();

    /** The services whose jobs wait with {@link #retryIntervals()}; the others keep their model's retry cycle. */
    Set<String> services();

    /** Each service's readiness URL: answering 200 means it is back. */
    Map<String, String> readiness();

    /** How often the readiness of the services that jobs are waiting for is asked; zero: never. */
    @WithDefault("PT5S")
    Duration checkInterval();
}
