package org.careloop.review.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.careloop.review.errors.ApiException;
import org.careloop.review.inbox.InboxPage;
import org.careloop.review.inbox.InboxQuery;
import org.careloop.review.inbox.InboxViews.DecisionRequest;
import org.careloop.review.inbox.InboxViews.TaskDetail;
import org.careloop.review.inbox.InboxViews.TaskSummary;
import org.careloop.review.inbox.MessageMarks;
import org.careloop.review.inbox.ReviewDecisions;
import org.careloop.review.inbox.ReviewDepth;
import org.careloop.review.inbox.TaskClaims;
import org.careloop.review.inbox.TaskDetails;
import org.careloop.review.inbox.TaskList;
import org.careloop.review.oversight.DecisionSignals;
import org.careloop.review.oversight.canary.CanaryGuard;
import org.careloop.review.support.ClinicZone;
import org.careloop.review.web.InboxPageViews.Filters;
import org.careloop.review.web.InboxPageViews.Paging;
import org.careloop.review.web.InboxPageViews.TaskRow;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The clinician inbox: the task list of the clinician's groups with filters and sorting, claim, and the task page
 * with the message, the draft and its findings, citations, provenance and the decision form. Every read and
 * decision goes through the inbox package (TaskList, TaskDetails, TaskClaims, ReviewDecisions), so the visibility rules, audit and release guard are the API's own.
 */
@Path("/inbox")
@RolesAllowed({"clinician", "senior-clinician"})
@Produces(MediaType.TEXT_HTML)
public class InboxPageResource {

    private static final MessageMarks.Marks NO_MARKS = new MessageMarks.Marks(null, List.of(), null);

    static final Set<String> ACTIONS = Set.of("APPROVE", "EDIT_AND_APPROVE", "REJECT", "REQUEST_INFO", "ESCALATE");

    @Inject
    TaskList taskList;

    @Inject
    MessageMarks messageMarks;

    @Inject
    TaskDetails taskDetails;

    @Inject
    TaskClaims claims;

    @Inject
    ReviewDecisions decisions;

    @Inject
    PageContext context;

    @Inject
    ClinicZone zone;

    @Inject
    @Location("inbox/list.html")
    Template list;

    @Inject
    @Location("inbox/task.html")
    Template task;

    @Inject
    @Location("error.html")
    Template error;

    @GET
    @Transactional
    @Operation(hidden = true)
    public Response list(
            @QueryParam("severity") String severity,
            @QueryParam("risk") String risk,
            @QueryParam("assigned") String assigned,
            @QueryParam("overdue") String overdue,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("decided") String decided,
            @QueryParam("gone") String gone) {
        Filters filters = new Filters(
                blankToNull(severity),
                blankToNull(risk),
                blankToNull(assigned),
                "on".equals(overdue) || "true".equals(overdue),
                InboxQuery.Order.of(sort).param());
        InboxQuery query = new InboxQuery(
                filters.severity(),
                filters.risk(),
                filters.assigned(),
                filters.overdueOnly(),
                InboxQuery.Order.of(filters.sort()),
                pageNumber(page),
                InboxQuery.DEFAULT_SIZE);
        InboxPage result = taskList.page(context.user(), query);
        String notice = decided != null
                ? "Decision recorded: " + Texts.humanize(decided).toLowerCase(Locale.ROOT) + "."
                : gone != null ? "That task was already decided, or someone else has claimed it." : null;
        return context.render(list.data("tasks", rows(result.tasks()))
                .data("total", result.total())
                .data("totalCapped", result.totalCapped())
                .data("paging", Paging.of(result, filters))
                .data("filters", filters)
                .data("notice", notice));
    }

    @POST
    @Path("/tasks/{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response claim(@PathParam("id") String id, @FormParam(Csrf.FIELD) String csrf) {
        context.requireCsrf(csrf);
        try {
            claims.claim(id, context.user());
            return context.seeOther("/inbox/tasks/" + id);
        } catch (ApiException e) {
            return failed(e);
        }
    }

    @GET
    @Path("/tasks/{id}")
    @Operation(hidden = true)
    public Response show(@PathParam("id") String id) {
        try {
            return context.render(taskPage(id, null, null, null, null, null, List.of()));
        } catch (ApiException e) {
            return failed(e);
        }
    }

    @POST
    @Path("/tasks/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decide(
            @PathParam("id") String id,
            @FormParam("action") String action,
            @FormParam("text") String text,
            @FormParam("question") String question,
            @FormParam("reason") String reason,
            @FormParam("reviewed") String reviewed,
            @FormParam("acknowledged") List<String> acknowledged,
            @FormParam("draftSeen") String draftSeen,
            @FormParam("draft") String shownDraft,
            @FormParam("shownSha256") String shownSha256,
            @FormParam(Csrf.FIELD) String csrf) {
        context.requireCsrf(csrf);
        String reply = normalize(text);
        List<String> ticked = acknowledged == null ? List.of() : acknowledged;
        String problem = problem(action, reply, normalize(shownDraft), normalize(question), reason, reviewed);
        if (problem != null) {
            return rerender(id, problem, action, reply, question, reason, ticked, 400);
        }
        DecisionRequest request = switch (action) {
            case "APPROVE" -> new DecisionRequest(action, null, blankToNull(reason), ticked, blankToNull(shownSha256));
            case "EDIT_AND_APPROVE" ->
                new DecisionRequest(action, reply, blankToNull(reason), ticked, blankToNull(shownSha256));
            case "REJECT" -> new DecisionRequest(action, reply, blankToNull(reason), ticked);
            case "REQUEST_INFO" -> new DecisionRequest(action, normalize(question), blankToNull(reason));
            default -> new DecisionRequest(action, null, reason);
        };
        try {
            decisions.decide(id, request, context.user(), DecisionSignals.page("yes".equals(draftSeen)));
            return context.seeOther("/inbox?decided=" + action);
        } catch (ApiException e) {
            if (e.status() == 409 || e.status() == 404) {
                return failed(e);
            }
            if (CanaryGuard.NOT_CAUGHT.equals(e.error())) {
                // The editor must show the restored draft, not the text that kept the planted error.
                return rerender(id, null, null, null, question, reason, List.of(), e.status());
            }
            String message = ReviewDepth.ACKNOWLEDGEMENT_REQUIRED.equals(e.error())
                    ? "Tick each finding and red flag under \"Check each of these before you approve\" once you have checked "
                            + "it in the draft and the message."
                    : e.getMessage();
            return rerender(id, message, action, reply, question, reason, ticked, e.status());
        }
    }

    /** What is wrong with the form, in the clinician's words; null when it can go to ReviewDecisions. */
    static String problem(
            String action, String reply, String shownDraft, String question, String reason, String reviewed) {
        if (action == null || !ACTIONS.contains(action)) {
            return "Choose what to do with this draft.";
        }
        boolean releases = !action.equals("ESCALATE");
        if (releases && !"yes".equals(reviewed)) {
            return "Tick \"I have reviewed this reply\" before you send anything to the patient.";
        }
        return switch (action) {
            case "APPROVE" ->
                shownDraft != null && reply != null && !reply.equals(shownDraft)
                        ? "You changed the draft. Choose \"Edit and approve\" to send your edited text, or undo your changes."
                        : null;
            case "EDIT_AND_APPROVE", "REJECT" ->
                reply == null || reply.isBlank() ? "Write the reply to the patient." : null;
            case "REQUEST_INFO" ->
                question == null || question.isBlank() ? "Write your question for the patient." : null;
            default -> reason == null || reason.isBlank() ? "Say why you escalate this review." : null;
        };
    }

    private Response rerender(
            String id,
            String problem,
            String action,
            String reply,
            String question,
            String reason,
            List<String> acknowledged,
            int status) {
        try {
            return context.render(status, taskPage(id, problem, action, reply, question, reason, acknowledged));
        } catch (ApiException e) {
            return failed(e);
        }
    }

    private TemplateInstance taskPage(
            String id,
            String problem,
            String action,
            String reply,
            String question,
            String reason,
            List<String> acknowledged) {
        TaskDetail detail = taskDetails.read(id, context.user());
        return task.data(
                        "task",
                        TaskPages.of(detail, context.user().username(), zone.zone(), Instant.now(), acknowledged))
                .data("problem", problem)
                .data("chosen", action == null ? "" : action)
                .data("replyText", reply)
                .data("questionText", question == null ? "" : question)
                .data("reasonText", reason == null ? "" : reason);
    }

    private Response failed(ApiException e) {
        if (e.status() == 409) {
            return context.seeOther("/inbox?gone=1");
        }
        Response.Status known = Response.Status.fromStatusCode(e.status());
        String title = known == null ? "Request failed" : known.getReasonPhrase();
        String message =
                e.status() == 404 ? "This task does not exist, or it is not offered to your groups." : e.getMessage();
        return context.render(
                e.status(), error.data("title", title).data("message", message).data("back", "/inbox"));
    }

    private List<TaskRow> rows(List<TaskSummary> tasks) {
        List<UUID> ids = tasks.stream()
                .map(t -> UUID.fromString(t.messageId()))
                .distinct()
                .toList();
        Map<UUID, MessageMarks.Marks> marks = messageMarks.of(ids);
        Instant now = Instant.now();
        String me = context.user().username();
        List<TaskRow> rows = new ArrayList<>();
        for (TaskSummary t : tasks) {
            UUID messageId = UUID.fromString(t.messageId());
            MessageMarks.Marks m = marks.getOrDefault(messageId, NO_MARKS);
            String categories =
                    m.categories().stream().map(Texts::humanize).distinct().collect(Collectors.joining(", "));
            rows.add(new TaskRow(
                    t.id(),
                    t.messageId(),
                    t.name(),
                    t.stage(),
                    t.priority(),
                    Texts.when(t.created(), zone.zone()),
                    t.created() == null ? 0 : t.created().toEpochMilli(),
                    Texts.when(t.due(), zone.zone()),
                    t.due() == null ? Long.MAX_VALUE : t.due().toEpochMilli(),
                    t.due() != null && t.due().isBefore(now),
                    t.assignee(),
                    me.equals(t.assignee()),
                    m.severity(),
                    categories,
                    m.risk(),
                    !t.screened(),
                    t.draftPending()));
        }
        return rows;
    }

    /** Browsers send a textarea's line breaks as CRLF; the draft and the API use LF. */
    static String normalize(String text) {
        return text == null ? null : text.replace("\r\n", "\n");
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
