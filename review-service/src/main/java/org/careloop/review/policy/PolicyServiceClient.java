package org.careloop.review.policy;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.careloop.review.errors.RemoteServiceErrors;
import org.careloop.review.policy.PolicyDtos.CheckDraftRequest;
import org.careloop.review.policy.PolicyDtos.CheckDraftResponse;
import org.careloop.review.policy.PolicyDtos.ScreenRequest;
import org.careloop.review.policy.PolicyDtos.ScreenResponse;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * policy-service's HTTP API as a REST client (config key {@code quarkus.rest-client.policy-service.*}), called with
 * review-service's client-credentials token. Used only through {@link PolicyServiceCalls}.
 */
@RegisterRestClient(configKey = "policy-service")
@RegisterProvider(RemoteServiceErrors.class)
@OidcClientFilter
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PolicyServiceClient {

    @POST
    @Path("/screen")
    ScreenResponse screen(ScreenRequest request);

    @POST
    @Path("/check-draft")
    CheckDraftResponse checkDraft(CheckDraftRequest request);
}
