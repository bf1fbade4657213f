package org.careloop.policy.screening;

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

@Path("/screen")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("internal-service")
@Tag(name = "screening", description = "De-identification and red-flag triage of patient messages")
@SecurityRequirement(name = "serviceToken")
public class ScreenResource {

    private final ScreeningService screening;
    private final TextLimits limits;

    public ScreenResource(ScreeningService screening, TextLimits limits) {
        this.screening = screening;
        this.limits = limits;
    }

    @POST
    @Operation(
            summary = "Screen a patient message",
            description = "Returns the de-identified text with typed placeholders, the entity types and offsets in the "
                    + "original text (never the values), red flags with severity and evidence spans, and suspected "
                    + "prompt injection. Records the screening without the text.")
    @APIResponse(
            responseCode = "200",
            description = "Screened",
            content = @Content(schema = @Schema(implementation = ScreenResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Blank text, missing messageId or invalid JSON",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "401", description = "No or bad token")
    @APIResponse(responseCode = "403", description = "Caller is not review-service")
    @APIResponse(
            responseCode = "413",
            description = "Text longer than 20 000 characters",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public ScreenResponse screen(
            @NotNull(message = "a JSON body with messageId and text is required") @Valid ScreenRequest request) {
        limits.requireWithinLimit("text", request.text());
        return screening.screen(request.messageId(), request.text());
    }
}
