package org.careloop.review.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.careloop.review.errors.ApiError;
import org.careloop.review.inbox.InboxViews.DecisionRequest;
import org.careloop.review.inbox.InboxViews.DecisionResult;
import org.careloop.review.inbox.InboxViews.TaskDetail;
import org.careloop.review.inbox.InboxViews.TaskSummary;
import org.careloop.review.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The clinician's side: review tasks, their content, claim, decide. */
@Path("/api/inbox/tasks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"clinician", "senior-clinician"})
@Tag(name = "inbox")
@APIResponse(
        responseCode = "401",
        description = "UNAUTHORIZED: no bearer token, or one that is not valid",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "403",
        description = "FORBIDDEN: the token's roles do not allow this endpoint",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class InboxResource {

    @Inject
    TaskList taskList;

    @Inject
    TaskDetails taskDetails;

    @Inject
    TaskClaims claims;

    @Inject
    ReviewDecisions decisions;

    @Inject
    CurrentUser user;

    @GET
    @Operation(
            summary = "Open review tasks for the caller's groups or assigned to the caller, a page at a time",
            description = "Highest priority first (then due time, then arrival) unless sort says otherwise. The "
                    + "Link header holds the next page (rel=\"next\") while there is one; X-Total-Count how many "
                    + "tasks match, counted up to " + TaskList.COUNT_LIMIT + " (X-Total-Count-Capped: true beyond).")
    @APIResponse(
            responseCode = "400",
            description = "VALIDATION_FAILED: an unknown sort, filter value, or a page or size out of range",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public RestResponse<List<TaskSummary>> list(
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(1_000_000) int page,
            @QueryParam("size") @DefaultValue("" + InboxQuery.DEFAULT_SIZE) @Min(1) @Max(InboxQuery.MAX_SIZE) int size,
            @QueryParam("sort") @Pattern(regexp = "priority|due|created|created-desc") String sort,
            @QueryParam("severity") @Pattern(regexp = "EMERGENCY|URGENT|ROUTINE") String severity,
            @QueryParam("risk") @Pattern(regexp = "HIGH|MEDIUM|LOW") String risk,
            @QueryParam("assigned") @Pattern(regexp = "me|nobody") String assigned,
            @QueryParam("overdue") boolean overdue,
            @Context UriInfo uri) {
        InboxPage result = taskList.page(
                user, new InboxQuery(severity, risk, assigned, overdue, InboxQuery.Order.of(sort), page, size));
        RestResponse.ResponseBuilder<List<TaskSummary>> response = RestResponse.ResponseBuilder.ok(result.tasks())
                .header("X-Total-Count", result.total())
                .header("X-Total-Count-Capped", result.totalCapped());
        if (result.hasNext()) {
            URI next = uri.getRequestUriBuilder()
                    .replaceQueryParam("page", page + 1)
                    .build();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A review task with the message, the draft (placeholders filled in), findings and red flags")
    @APIResponse(
            responseCode = "404",
            description =
                    "Unknown, or never offered to the caller (decided or not: an id says nothing of a task not theirs)")
    @APIResponse(responseCode = "409", description = "Already decided (a task the caller was offered)")
    public TaskDetail get(@PathParam("id") String id) {
        return taskDetails.read(id, user);
    }

    @POST
    @Path("/{id}/claim")
    @Operation(summary = "Take the task")
    @APIResponse(responseCode = "409", description = "Claimed by someone else, or already decided")
    public TaskSummary claim(@PathParam("id") String id) {
        return claims.claim(id, user);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Approve, edit and approve, reject and write the reply, ask the patient, or escalate",
            description = "APPROVE releases the draft as shown; EDIT_AND_APPROVE and REJECT require text (the reply); "
                    + "REQUEST_INFO requires text (the question, released to the patient as written); ESCALATE requires a "
                    + "reason and hands the task to senior-clinician. In a second review (stage SECOND_REVIEW), APPROVE "
                    + "confirms the first approver's text and REJECT sends it back to the review with a reason. APPROVE and "
                    + "EDIT_AND_APPROVE of a first review must list in acknowledged every id of the task's "
                    + "acknowledgementsRequired (its HIGH findings F1, F2, ... and EMERGENCY red flags R1, R2, ...). Every "
                    + "decision is measured for oversight (time since the caller first opened the task, words and characters "
                    + "changed, whether the text at each finding changed).")
    @APIResponse(
            responseCode = "400",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)),
            description =
                    "Invalid action, missing text or reason, an unknown id in "
                            + "acknowledged, or ACKNOWLEDGEMENT_REQUIRED: a HIGH finding or emergency red flag was not acknowledged")
    @APIResponse(
            responseCode = "403",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)),
            description = "SECOND_REVIEWER_REQUIRED: the first approver cannot do the second review")
    @APIResponse(responseCode = "409", description = "Already decided, or claimed by someone else")
    public DecisionResult decide(@PathParam("id") String id, @Valid @NotNull DecisionRequest request) {
        return decisions.decide(id, request, user);
    }
}
