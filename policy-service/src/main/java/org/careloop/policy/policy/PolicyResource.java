package org.careloop.policy.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/policies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("internal-service")
@Tag(name = "policy", description = "Versioned policy data")
@SecurityRequirement(name = "serviceToken")
public class PolicyResource {

    private final CurrentPolicy policy;

    public PolicyResource(CurrentPolicy policy) {
        this.policy = policy;
    }

    @GET
    @Path("/current")
    @Operation(summary = "The policy version in force", description = "Its version and the version of each catalogue.")
    @APIResponse(responseCode = "200", description = "The policy in force")
    @APIResponse(responseCode = "401", description = "No or bad token")
    @APIResponse(responseCode = "403", description = "Caller is not review-service")
    public PolicyView current() {
        PolicyManifest manifest = policy.manifest();
        return new PolicyView(
                manifest.version(), manifest.effectiveFrom(), manifest.description(), policy.catalogueVersions());
    }
}
