package org.careloop.review.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.careloop.review.errors.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "admin")
@APIResponse(
        responseCode = "401",
        description = "UNAUTHORIZED: no bearer token, or one that is not valid",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "403",
        description = "FORBIDDEN: the token's roles do not allow this endpoint",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class AuditResource {

    @Inject
    AuditLog auditLog;

    @GET
    @Path("/verify")
    @Operation(
            summary = "Recompute the audit trail's hash chain",
            description = "{\"valid\": true, \"events\": N}, or the first broken row in brokenAt with a reason.")
    public AuditChain.Verification verify() {
        return auditLog.verify();
    }
}
