package org.careloop.review.inference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.careloop.review.errors.RemoteServiceException;
import org.careloop.review.errors.ServiceUnreachableException;
import org.careloop.review.inference.InferenceDtos.DraftRequest;
import org.careloop.review.inference.InferenceDtos.DraftResponse;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The call to inference-service for a draft, through {@link InferenceServiceClient} with a time limit and one retry;
 * the idempotency key makes a retry return the stored draft.
 */
@ApplicationScoped
public class InferenceServiceCalls {

    public static final String SERVICE = "inference-service";

    @Inject
    @RestClient
    InferenceServiceClient client;

    @Timeout(value = 60, unit = ChronoUnit.SECONDS) // within the 150 s job transaction, one retry included
    @Retry(maxRetries = 1, delay = 500, abortOn = RemoteServiceException.Rejected.class)
    public DraftResponse draft(DraftRequest request) {
        try {
            return client.draft(request);
        } catch (RuntimeException e) {
            throw ServiceUnreachableException.classify(SERVICE, e);
        }
    }
}
