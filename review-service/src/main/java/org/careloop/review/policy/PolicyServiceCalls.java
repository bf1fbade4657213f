package org.careloop.review.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.careloop.review.errors.RemoteServiceException;
import org.careloop.review.policy.PolicyDtos.CheckDraftRequest;
import org.careloop.review.policy.PolicyDtos.CheckDraftResponse;
import org.careloop.review.policy.PolicyDtos.ScreenRequest;
import org.careloop.review.policy.PolicyDtos.ScreenResponse;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The calls to policy-service the process makes (screening, draft checks), each through {@link PolicyServiceClient}
 * with a time limit and a short retry; the process job retries beyond that.
 */
@ApplicationScoped
public class PolicyServiceCalls {

    @Inject
    @RestClient
    PolicyServiceClient client;

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, abortOn = RemoteServiceException.Rejected.class)
    public ScreenResponse screen(ScreenRequest request) {
        return client.screen(request);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, abortOn = RemoteServiceException.Rejected.class)
    public CheckDraftResponse checkDraft(CheckDraftRequest request) {
        return client.checkDraft(request);
    }
}
