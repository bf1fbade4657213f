package org.careloop.review.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.careloop.review.errors.RemoteServiceException;
import org.careloop.review.errors.ServiceUnreachableException;
import org.careloop.review.policy.PolicyDtos.CheckDraftRequest;
import org.careloop.review.policy.PolicyDtos.CheckDraftResponse;
import org.careloop.review.policy.PolicyDtos.ScreenRequest;
import org.careloop.review.policy.PolicyDtos.ScreenResponse;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The calls to policy-service the process makes (screening, draft checks), each through {@link PolicyServiceClient}
 * with a time limit and a short retry; the process job retries beyond that, over minutes when the service cannot be
 * reached ({@link ServiceUnreachableException}).
 */
@ApplicationScoped
public class PolicyServiceCalls {

    public static final String SERVICE = "policy-service";

    @Inject
    @RestClient
    PolicyServiceClient client;

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, abortOn = RemoteServiceException.Rejected.class)
    public ScreenResponse screen(ScreenRequest request) {
        try {
            return client.screen(request);
        } catch (RuntimeException e) {
            throw ServiceUnreachableException.classify(SERVICE, e);
        }
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, abortOn = RemoteServiceException.Rejected.class)
    public CheckDraftResponse checkDraft(CheckDraftRequest request) {
        try {
            return client.checkDraft(request);
        } catch (RuntimeException e) {
            throw ServiceUnreachableException.classify(SERVICE, e);
        }
    }
}
