package org.careloop.review.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.careloop.review.errors.ApiException;
import org.careloop.review.intake.IntakeService;
import org.careloop.review.intake.PatientMessage;
import org.careloop.review.support.ClinicZone;
import org.careloop.review.support.Sha256;
import org.careloop.review.transparency.AiUseNotice;
import org.careloop.review.web.PortalViews.MessageItem;
import org.careloop.review.web.PortalViews.Updates;
import org.careloop.support.PlainText;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The patient portal: write a message, follow each message, read replies with their label, see the safety message
 * at once on an emergency, answer a clinician's question. Only the signed-in patient's own messages (the token's
 * sub), through IntakeService like the patient API.
 */
@Path("/portal")
@RolesAllowed("patient")
@Produces(MediaType.TEXT_HTML)
public class PortalResource {

    @Inject
    IntakeService intake;

    @Inject
    PageContext context;

    @Inject
    ClinicZone zone;

    @Inject
    @Location("portal/page.html")
    Template page;

    @Inject
    @Location("portal/messages.html")
    Template messagesFragment;

    @Inject
    @Location("portal/ai-use-notice.html")
    Template aiUseNoticePage;

    @Inject
    AiUseNotice aiUseNotice;

    @GET
    @Operation(hidden = true)
    public Response show(@QueryParam("sent") String sent, @QueryParam("answered") String answered) {
        String notice = sent != null
                ? "Your message was sent. A clinician will review the reply before you get it."
                : answered != null ? "Thank you. Your answer was sent to the care team." : null;
        return context.render(page.data("messages", messages())
                .data("notice", notice)
                .data("error", null)
                .data("draftText", ""));
    }

    /** careloop's AI-use notice, which replies link to unless the clinic has its own page (careloop.transparency). */
    @GET
    @Path("/ai-use-notice")
    @Operation(hidden = true)
    public Response aiUseNotice() {
        return context.render(aiUseNoticePage
                .data("clinicParagraphs", aiUseNotice.clinicParagraphs())
                .data("contact", aiUseNotice.contact()));
    }

    /** The list of messages alone, for the page's script to swap in when something changed. */
    @GET
    @Path("/messages")
    @Operation(hidden = true)
    public Response list() {
        return context.render(messagesFragment.data("messages", messages()));
    }

    @POST
    @Path("/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response send(@FormParam("text") String text, @FormParam(Csrf.FIELD) String csrf) {
        context.requireCsrf(csrf);
        try {
            PatientMessage message = intake.receive(context.user().subject(), text);
            return context.seeOther("/portal?sent=" + message.id + "#message-" + message.id);
        } catch (ApiException e) {
            return context.render(
                    e.status(),
                    page.data("messages", messages())
                            .data("notice", null)
                            .data("error", patientWording(e))
                            .data("draftText", text == null ? "" : text));
        }
    }

    @POST
    @Path("/messages/{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response answer(
            @PathParam("id") String id, @FormParam("text") String text, @FormParam(Csrf.FIELD) String csrf) {
        context.requireCsrf(csrf);
        UUID messageId = parse(id);
        try {
            intake.answer(context.user().subject(), messageId, text);
            return context.seeOther("/portal?answered=" + messageId + "#message-" + messageId);
        } catch (ApiException e) {
            return context.render(
                    e.status(),
                    page.data("messages", messages())
                            .data("notice", null)
                            .data("error", patientWording(e))
                            .data("draftText", ""));
        }
    }

    /**
     * A fingerprint of the patient's messages (ids, statuses, safety messages), without their text, so the page can
     * poll every few seconds without a PHI read; the page fetches the list only when the fingerprint changes.
     */
    @GET
    @Path("/updates")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(hidden = true)
    public Updates updates() {
        List<PatientMessage> own = PatientMessage.ofPatient(context.user().subject());
        String state = own.stream()
                .map(m -> m.id + ":" + m.status + ":" + (m.safetyText != null) + ":" + m.updatedAt)
                .collect(Collectors.joining(","));
        return new Updates(
                Sha256.hex(state).substring(0, 16),
                own.stream()
                        .filter(m -> m.safetyText != null)
                        .map(m -> m.id.toString())
                        .toList());
    }

    private List<MessageItem> messages() {
        return intake.messagesOf(context.user().subject()).stream()
                .map(m -> MessageItem.of(m, zone.zone()))
                .toList();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }

    private static String patientWording(ApiException e) {
        return switch (e.status()) {
            case 400 ->
                e.getMessage().contains(PlainText.MESSAGE)
                        ? "Your message contains control characters (such as a NUL) that we cannot accept. Please remove them, "
                                + "or type the message again."
                        : "Please write your message before sending it.";
            case 413 -> "Your message is too long. Please keep it under 20,000 characters, or send it in parts.";
            case 404 -> "We could not find that message.";
            case 409 -> "This question has already been answered, or the care team is no longer waiting for an answer.";
            default -> "Something went wrong. Please try again.";
        };
    }
}
