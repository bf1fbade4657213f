package org.careloop.review.oversight;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.careloop.review.errors.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The oversight figures: whether reviewers still read what they approve. For admins and safety officers. */
@Path("/api/admin/oversight")
@RolesAllowed({"admin", "safety-officer"})
@Tag(name = "oversight")
@APIResponse(
        responseCode = "401",
        description = "UNAUTHORIZED: no bearer token, or one that is not valid",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "403",
        description = "FORBIDDEN: the token's roles do not allow this endpoint",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class OversightResource {

    @Inject
    OversightReports reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Review oversight figures per reviewer, team and model version over a period",
            description =
                    "Decisions, median and p10 time on task (from first opening the task), decisions made without "
                            + "opening the task, unedited-approval rate, approval rate of drafts with HIGH findings and HIGH findings "
                            + "approved as drafted, page decisions that never showed the draft's end, planted-error catch rate with its "
                            + "95% Wilson interval, flags under the clinic's thresholds; per model version the edits and dropped "
                            + "citations. Days are in the clinic's time zone, both ends included; by default the last 30 days.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(
            responseCode = "400",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)),
            description = "from or to is not an ISO date, from is after to, or the period " + "is longer than 366 days")
    public OversightReport figures(
            @Parameter(description = "first day, e.g. 2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "last day, e.g. 2026-11-30") @QueryParam("to") String to) {
        return report(from, to);
    }

    @GET
    @Path("/figures.csv")
    @Produces("text/csv")
    @Operation(
            summary = "The per-reviewer and per-team figures as CSV",
            description = "The same period rules; one " + "row per reviewer and per team.")
    @APIResponse(responseCode = "200", description = "CSV, RFC 4180")
    @APIResponse(
            responseCode = "400",
            description = "The same as for the figures: from or to is not an ISO date, or the period is not allowed",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public String csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        return OversightCsv.of(report(from, to));
    }

    OversightReport report(String from, String to) {
        return reports.report(reports.period(from, to));
    }
}
