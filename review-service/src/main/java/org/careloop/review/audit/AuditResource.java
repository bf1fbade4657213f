package org.careloop.review.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careloop.review.audit.anchor.Anchor;
import org.careloop.review.audit.anchor.AnchorRefusedException;
import org.careloop.review.audit.anchor.AnchoredVerification;
import org.careloop.review.audit.anchor.AuditAnchoring;
import org.careloop.review.audit.anchor.AuditCheck;
import org.careloop.review.errors.ApiError;
import org.careloop.review.errors.ApiException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

    /** 409: the chain no longer extends the last anchor, so nothing was signed. details.seq: where. */
    public static final String AUDIT_CHAIN_BROKEN = "AUDIT_CHAIN_BROKEN";

    /** A message's trail is a few dozen rows; the cap keeps a runaway one from filling a response. */
    static final int EVENTS_LIMIT = 1000;

    @Inject
    AnchoredVerification verification;

    @Inject
    AuditLog auditLog;

    @Inject
    AuditAnchoring anchoring;

    @GET
    @Path("/verify")
    @Operation(
            summary = "Check the audit trail: its hash chain from the first row, and every signed anchor",
            description = "{\"valid\": true, \"events\": N, \"chain\": {...}, \"anchors\": {...}}, or valid false "
                    + "with the first problem in brokenAt (a sequence number) and reason: a row that does not fit "
                    + "the chain, a rewritten row whose anchored hash no longer matches, rows cut off below the "
                    + "latest anchor, or an anchor line whose signature does not hold.")
    @APIResponse(
            responseCode = "200",
            description = "The verdict (also when the trail is broken)",
            content = @Content(schema = @Schema(implementation = AuditCheck.class)))
    public AuditCheck verify() {
        return verification.verify();
    }

    @GET
    @Path("/events")
    @Operation(
            summary = "The audit trail of one message",
            description = "The chained rows whose messageId is the given one, in sequence order, at most "
                    + EVENTS_LIMIT
                    + ": what happened to the message (received, screened, drafted, reviewed, released), "
                    + "who did it and when. Rows hold ids and short facts, never message text; each comes with its "
                    + "hashes, so that it can be checked against the chain.")
    @APIResponse(
            responseCode = "200",
            description = "The rows; an empty list for a message the trail does not name",
            content = @Content(schema = @Schema(implementation = AuditChain.Row.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "400",
            description = "VALIDATION_FAILED: messageId missing or not a UUID",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<AuditChain.Row> events(@QueryParam("messageId") String messageId) {
        return auditLog.eventsOf(messageId(messageId), EVENTS_LIMIT);
    }

    private static UUID messageId(String value) {
        if (value == null || value.isBlank()) {
            throw new ApiException(
                    400, ApiException.VALIDATION_FAILED, "messageId is required", Map.of("messageId", "is required"));
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ApiException(
                    400,
                    ApiException.VALIDATION_FAILED,
                    "messageId is not a UUID",
                    Map.of("messageId", "must be a UUID"));
        }
    }

    @POST
    @Path("/anchors")
    @Operation(
            summary = "Anchor the audit chain now",
            description = "Signs the chain's head (sequence number, hash, time, link to the previous anchor) and "
                    + "appends it to the anchor file outside the database.")
    @APIResponse(
            responseCode = "201",
            description = "The anchor as appended",
            content = @Content(schema = @Schema(implementation = Anchor.class)))
    @APIResponse(
            responseCode = "409",
            description = "AUDIT_CHAIN_BROKEN: the chain no longer extends the last anchor; nothing was signed",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response anchor() {
        try {
            return Response.status(Response.Status.CREATED)
                    .entity(anchoring.anchorNow())
                    .build();
        } catch (AnchorRefusedException e) {
            throw new ApiException(
                    409,
                    AUDIT_CHAIN_BROKEN,
                    "nothing was signed: " + e.getMessage() + "; see GET /api/admin/audit/verify",
                    Map.of("seq", e.seq()));
        }
    }
}
