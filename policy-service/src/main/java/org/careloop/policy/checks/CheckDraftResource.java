package org.careloop.policy.checks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.careloop.policy.common.ErrorResponse;
import org.careloop.policy.common.TextLimits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/check-draft")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("internal-service")
@Tag(name = "checks", description = "Safety checks of drafted replies")
@SecurityRequirement(name = "serviceToken")
public class CheckDraftResource {

    private final DraftChecker checker;
    private final TextLimits limits;
    private final DraftCheckMetrics metrics;

    public CheckDraftResource(DraftChecker checker, TextLimits limits, DraftCheckMetrics metrics) {
        this.checker = checker;
        this.limits = limits;
        this.metrics = metrics;
    }

    @POST
    @Operation(
            summary = "Check a drafted reply",
            description =
                    "Findings with spans in draftText and a plain explanation, a risk level and the policy version.")
    @APIResponse(
            responseCode = "200",
            description = "Checked",
            content = @Content(schema = @Schema(implementation = CheckDraftResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Blank draft or invalid JSON",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "401", description = "No or bad token")
    @APIResponse(responseCode = "403", description = "Caller is not review-service")
    @APIResponse(
            responseCode = "413",
            description = "Draft or message longer than 20 000 characters",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public CheckDraftResponse check(
            @NotNull(message = "a JSON body with draftText is required") @Valid CheckDraftRequest request) {
        limits.requireWithinLimit("draftText", request.draftText());
        limits.requireWithinLimit("messageText", request.messageText());
        CheckDraftResponse check = checker.check(request);
        metrics.checked(check);
        return check;
    }
}
