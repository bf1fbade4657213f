package org.careloop.review.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careloop.review.errors.ApiException;
import org.careloop.review.oversight.OversightCsv;
import org.careloop.review.oversight.OversightPeriod;
import org.careloop.review.oversight.OversightReport;
import org.careloop.review.oversight.OversightReport.Figures;
import org.careloop.review.oversight.OversightReports;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The oversight page for admins and safety officers: per reviewer, team and model version over a chosen period,
 * the figures of {@code GET /api/admin/oversight}, two charts (Chart.js) and the CSV export.
 */
@Path("/admin/oversight")
@RolesAllowed({"admin", "safety-officer"})
public class OversightPageResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OversightReports reports;

    @Inject
    PageContext context;

    @Inject
    @Location("admin/oversight.html")
    Template page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response show(@QueryParam("from") String from, @QueryParam("to") String to) {
        OversightPeriod period;
        String problem = null;
        try {
            period = reports.period(from, to);
        } catch (ApiException e) {
            problem = e.getMessage();
            period = reports.period(null, null);
        }
        OversightReport report = reports.report(period);
        return context.render(
                problem == null ? 200 : 400,
                page.data("period", period)
                        .data("problem", problem)
                        .data("report", report)
                        .data("reviewers", OversightPageViews.rows(report.reviewers()))
                        .data("teams", OversightPageViews.rows(report.teams()))
                        .data("models", report.models())
                        .data("thresholds", OversightPageViews.thresholds(report.thresholds()))
                        .data("chart", chartData(report.reviewers())));
    }

    @GET
    @Path("/figures.csv")
    @Produces("text/csv")
    @Operation(hidden = true)
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        OversightPeriod period = reports.period(from, to);
        OversightReport report = reports.report(period);
        return Response.ok(OversightCsv.of(report), "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"careloop-oversight-" + period.from() + "-to-" + period.to() + ".csv\"")
                .build();
    }

    /** What the charts draw, as JSON in a data attribute (the page runs no inline script). */
    static String chartData(List<Figures> reviewers) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reviewers", reviewers.stream().map(Figures::name).toList());
        data.put(
                "medianSeconds",
                reviewers.stream().map(f -> seconds(f.medianTimeOnTaskMs())).toList());
        data.put(
                "p10Seconds",
                reviewers.stream().map(f -> seconds(f.p10TimeOnTaskMs())).toList());
        data.put(
                "catchRate",
                reviewers.stream().map(f -> f.canaries().catchRate()).toList());
        data.put(
                "catchLow",
                reviewers.stream()
                        .map(f -> f.canaries().interval95() == null
                                ? null
                                : f.canaries().interval95().low())
                        .toList());
        data.put(
                "catchHigh",
                reviewers.stream()
                        .map(f -> f.canaries().interval95() == null
                                ? null
                                : f.canaries().interval95().high())
                        .toList());
        data.put(
                "uneditedApprovalRate",
                reviewers.stream().map(Figures::uneditedApprovalRate).toList());
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Double seconds(Long ms) {
        return ms == null ? null : ms / 1000.0;
    }
}
