package org.careloop.review.intake;

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
import java.util.List;
import java.util.UUID;
import org.careloop.review.errors.ApiError;
import org.careloop.review.errors.ApiException;
import org.careloop.review.intake.PatientMessageViews.AnswerRequest;
import org.careloop.review.intake.PatientMessageViews.MessageAccepted;
import org.careloop.review.intake.PatientMessageViews.PatientMessageView;
import org.careloop.review.intake.PatientMessageViews.SendMessageRequest;
import org.careloop.review.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The patient's side: send a message, follow it, read the released reply. The patient is the token's sub. */
@Path("/api/patient/messages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("patient")
@Tag(name = "patient")
@APIResponse(
        responseCode = "401",
        description = "UNAUTHORIZED: no bearer token, or one that is not valid",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "403",
        description = "FORBIDDEN: the token's roles do not allow this endpoint",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class PatientMessageResource {

    @Inject
    IntakeService intake;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a message to the clinic")
    @APIResponse(responseCode = "202", description = "Accepted; poll the message for its status")
    @APIResponse(
            responseCode = "400",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)),
            description = "Blank text or invalid JSON")
    @APIResponse(
            responseCode = "413",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)),
            description = "Text longer than 20 000 characters")
    public Response send(@Valid @NotNull SendMessageRequest request) {
        PatientMessage message = intake.receive(user.subject(), request.text());
        return Response.accepted(new MessageAccepted(message.id, message.status))
                .build();
    }

    @GET
    @Operation(summary = "The caller's messages, newest first, with released replies")
    public List<PatientMessageView> list() {
        return intake.messagesOf(user.subject());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the caller's messages")
    @APIResponse(responseCode = "404", description = "No such message for this patient")
    public PatientMessageView get(@PathParam("id") String id) {
        return intake.messageOf(user.subject(), parse(id));
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Answer the clinician's question on one of the caller's messages",
            description = "The message and the answer are screened and drafted again and go back to review.")
    @APIResponse(responseCode = "200", description = "The message, with the answered question; status IN_REVIEW")
    @APIResponse(
            responseCode = "400",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)),
            description = "Blank text or invalid JSON")
    @APIResponse(responseCode = "404", description = "No such message for this patient")
    @APIResponse(responseCode = "409", description = "No question is waiting for an answer")
    @APIResponse(
            responseCode = "413",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)),
            description = "Text longer than 20 000 characters")
    public PatientMessageView answer(@PathParam("id") String id, @Valid @NotNull AnswerRequest request) {
        return intake.answer(user.subject(), parse(id), request.text());
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("message " + id);
        }
    }
}
