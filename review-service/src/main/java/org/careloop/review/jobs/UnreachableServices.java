package org.careloop.review.jobs;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.careloop.review.errors.ServiceUnreachableException;
import org.careloop.review.screening.ScreeningDeadline;

/**
 * The services jobs call, when they cannot be reached: the retry schedule of such a job (spread over minutes, so
 * that an outage of a few minutes heals by itself instead of ending in an incident after three quick tries), and
 * whether a service is back (its readiness answers).
 */
@Singleton
public class UnreachableServices {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final UnreachableServicesConfig config;
    private final ScreeningDeadline screeningDeadline;
    private final FailedJobRetryConfiguration schedule;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    @Inject
    public UnreachableServices(UnreachableServicesConfig config, ScreeningDeadline screeningDeadline) {
        this.config = config;
        this.screeningDeadline = screeningDeadline;
        List<String> intervals =
                config.retryIntervals().stream().map(Duration::toString).toList();
        // Camunda's list form: one attempt more than waits, the waits in order.
        this.schedule = new FailedJobRetryConfiguration(intervals.size() + 1, intervals);
    }

    /** How the engine handles a failed job ({@link RetryWhileUnreachableCmd}), a screening job's deadline included. */
    public FailedJobCommandFactory retries() {
        return (jobId, exception) -> {
            Optional<ServiceUnreachableException> unreachable = ServiceUnreachableException.in(exception);
            boolean scheduled = unreachable
                    .map(e -> config.services().contains(e.service()))
                    .orElse(false);
            return new RetryWhileUnreachableCmd(
                    jobId, exception, unreachable, scheduled ? schedule : null, screeningDeadline);
        };
    }

    /** Whether the service's readiness answers 200 now; false for a service without a readiness URL. */
    public boolean ready(String service) {
        String url = config.readiness().get(service);
        if (url == null) {
            return false;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(PROBE_TIMEOUT)
                    .GET()
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Duration checkInterval() {
        return config.checkInterval();
    }
}
