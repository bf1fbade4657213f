package org.careloop.inference.drafting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.careloop.inference.errors.ErrorResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/drafts")
@Tag(name = "drafts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "service-token")
public class DraftResource {

    private final DraftingService drafting;

    public DraftResource(DraftingService drafting) {
        this.drafting = drafting;
    }

    @POST
    @RolesAllowed("internal-service")
    @Operation(
            summary = "Draft a grounded reply to a de-identified patient message",
            description = "The same idempotencyKey returns the stored draft instead of drafting again.")
    @APIResponse(
            responseCode = "200",
            description = "The draft, its citations and provenance",
            content = @Content(schema = @Schema(implementation = DraftResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Blank text, missing key or invalid JSON",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "401", description = "No or bad service token")
    @APIResponse(responseCode = "403", description = "Token without the internal-service role")
    @APIResponse(
            responseCode = "413",
            description = "messageText longer than 20 000 characters",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(
            responseCode = "422",
            description = "The text still looks as if it holds an identifier",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(
            responseCode = "503",
            description = "The configured model cannot answer",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public DraftResponse draft(@NotNull @Valid DraftRequest request) {
        return drafting.draft(request);
    }
}
