package org.careloop.review.inference;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.careloop.review.errors.RemoteServiceErrors;
import org.careloop.review.inference.InferenceDtos.DraftRequest;
import org.careloop.review.inference.InferenceDtos.DraftResponse;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * inference-service's HTTP API as a REST client (config key {@code quarkus.rest-client.inference-service.*}), called
 * with review-service's client-credentials token; only de-identified text. Used only through
 * {@link InferenceServiceCalls}.
 */
@RegisterRestClient(configKey = "inference-service")
@RegisterProvider(RemoteServiceErrors.class)
@OidcClientFilter
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface InferenceServiceClient {

    @POST
    @Path("/drafts")
    DraftResponse draft(DraftRequest request);
}
