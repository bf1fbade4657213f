package org.careloop.review.biasaudit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.careloop.review.biasaudit.BiasAuditViews.Detail;
import org.careloop.review.biasaudit.BiasAuditViews.RecordRequest;
import org.careloop.review.biasaudit.BiasAuditViews.Summary;
import org.careloop.review.errors.ApiError;
import org.careloop.review.errors.ApiException;
import org.careloop.review.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Counterfactual bias audits of the drafting (./careloop audit-bias): recorded by the audit, listed for admins. */
@Path("/api/admin/bias-audits")
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
public class BiasAuditResource {

    @Inject
    BiasAudits audits;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record a bias audit",
            description = "What ./careloop audit-bias sends after a run: the summary figures, its report.json and its "
                    + "self-contained report.html (listed on the admin page, served at the summary's page link). "
                    + "Audited as BIAS_AUDIT_RECORDED.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = Summary.class)))
    @APIResponse(
            responseCode = "400",
            description = "VALIDATION_FAILED: a field is missing or invalid, or html is not an HTML page",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "CONFLICT: this run is recorded already",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "413",
            description = "PAYLOAD_TOO_LARGE: html over 2 000 000 or report over 4 000 000 characters",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response record(@Valid @NotNull RecordRequest request) {
        Summary recorded = audits.record(request, user.username());
        return Response.created(URI.create("/api/admin/bias-audits/" + recorded.id()))
                .entity(recorded)
                .build();
    }

    @GET
    @Operation(summary = "The recorded bias audits, newest first (at most 100)")
    public List<Summary> list() {
        return audits.latest();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One recorded bias audit with its report")
    @APIResponse(
            responseCode = "404",
            description = "NOT_FOUND: no such audit",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Detail detail(@PathParam("id") String id) {
        return audits.detail(uuid(id)).orElseThrow(() -> ApiException.notFound("bias audit"));
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("bias audit");
        }
    }
}
