package org.careloop.review.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.careloop.bpmn.gate.ReleaseGateVerifier;
import org.careloop.bpmn.gate.Violation;
import org.careloop.review.admin.AdminConfig;
import org.careloop.review.admin.AdminViews.ViolationView;
import org.careloop.review.admin.Incidents;
import org.careloop.review.admin.ModelDeployments;
import org.careloop.review.audit.AuditChain;
import org.careloop.review.audit.anchor.AnchoredVerification;
import org.careloop.review.biasaudit.BiasAudits;
import org.careloop.review.errors.ApiError;
import org.careloop.review.errors.ApiException;
import org.careloop.review.support.ClinicZone;
import org.careloop.review.support.EngineIds;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The admin page: process and decision definitions with their versions, a BPMN editor (bpmn-js) that runs the
 * release-gate verifier and shows its violations on the diagram before deploying, deploy, incidents with retry and
 * the audit chain check, and the recorded bias audits. Deploying goes through ModelDeployments, the same verifier, deployment and audit as
 * {@code POST /api/admin/processes}.
 */
@Path("/admin")
@RolesAllowed("admin")
public class AdminPageResource {

    @Inject
    ModelDeployments deployments;

    @Inject
    Incidents incidents;

    @Inject
    AnchoredVerification auditCheck;

    @Inject
    RepositoryService repositoryService;

    @Inject
    PageContext context;

    @Inject
    ClinicZone zone;

    @Inject
    AdminConfig config;

    @Inject
    BiasAudits biasAudits;

    @Inject
    @Location("admin/page.html")
    Template page;

    @Inject
    @Location("admin/editor.html")
    Template editor;

    @Inject
    @Location("error.html")
    Template error;

    /** The verifier's answer for the page: valid, or the violations with the elements to mark. */
    public record Verification(boolean valid, List<ViolationView> violations) {}

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response show(@QueryParam("retried") String retried, @QueryParam("audit") String audit) {
        AuditChain.Verification check =
                audit == null ? null : auditCheck.verify().summary();
        List<AdminPageViews.DefinitionRow> definitions = deployments.definitions().stream()
                .map(d -> AdminPageViews.DefinitionRow.of(d, zone.zone()))
                .toList();
        List<AdminPageViews.IncidentRow> open = incidents.open().stream()
                .map(i -> AdminPageViews.IncidentRow.of(i, zone.zone()))
                .toList();
        return context.render(page.data("definitions", definitions)
                .data("incidents", open)
                .data("audit", check == null ? null : AdminPageViews.AuditResult.of(check))
                .data(
                        "biasAudits",
                        biasAudits.latest().stream()
                                .map(b -> AdminPageViews.BiasAuditRow.of(b, zone.zone()))
                                .toList())
                .data("notice", retried == null ? null : "The failed job was given one more attempt."));
    }

    /**
     * A recorded bias audit's own page, as the audit wrote it. It is served sandboxed (SecurityHeaders): no script,
     * no form and no request of its own, whatever the recorded HTML holds.
     */
    @GET
    @Path("/bias-audits/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response biasAudit(@PathParam("id") String id) {
        Optional<String> html;
        try {
            html = biasAudits.page(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            html = Optional.empty();
        }
        return html.map(h -> Response.ok(h, MediaType.TEXT_HTML_TYPE).build())
                .orElseGet(() -> context.render(
                        Response.Status.NOT_FOUND,
                        error.data("title", "Not found")
                                .data("message", "There is no recorded bias audit " + id + ".")
                                .data("back", "/admin")));
    }

    @GET
    @Path("/editor")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response editor(@QueryParam("definition") String definitionId) {
        ProcessDefinition definition = !EngineIds.plausible(definitionId)
                ? null
                : repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionId(definitionId)
                        .singleResult();
        if (definition == null) {
            return context.render(
                    Response.Status.NOT_FOUND,
                    error.data("title", "Not found")
                            .data("message", "There is no process definition " + definitionId + ".")
                            .data("back", "/admin"));
        }
        String resource = definition.getResourceName();
        String fileName = resource.substring(resource.lastIndexOf('/') + 1);
        return context.render(editor.data(
                "definition",
                new AdminPageViews.EditorTarget(
                        definition.getId(),
                        definition.getKey(),
                        definition.getName(),
                        definition.getVersion(),
                        fileName)));
    }

    @GET
    @Path("/definitions/{id}/xml")
    @Produces(MediaType.TEXT_XML)
    @Operation(hidden = true)
    public Response xml(@PathParam("id") String id) throws IOException {
        ProcessDefinition definition = !EngineIds.plausible(id)
                ? null
                : repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionId(id)
                        .singleResult();
        if (definition == null) {
            return Response.status(404)
                    .type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("no process definition " + id)
                    .build();
        }
        try (InputStream in = repositoryService.getProcessModel(id)) {
            return Response.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8), MediaType.TEXT_XML_TYPE)
                    .build();
        }
    }

    /** Runs the release-gate verifier on the edited model without deploying it. */
    @POST
    @Path("/verify")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Verification verify(@HeaderParam(Csrf.HEADER) String csrf, byte[] xml) {
        context.requireCsrf(csrf);
        checkSize(xml);
        List<ViolationView> violations = new ReleaseGateVerifier()
                .verify(xml).stream().map(AdminPageResource::view).toList();
        return new Verification(violations.isEmpty(), violations);
    }

    /** Verifies and deploys, exactly like POST /api/admin/processes (same service, same answers). */
    @POST
    @Path("/deploy")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response deploy(@HeaderParam(Csrf.HEADER) String csrf, @QueryParam("name") String name, byte[] xml) {
        context.requireCsrf(csrf);
        checkSize(xml);
        ModelDeployments.Outcome outcome =
                deployments.deploy(xml, name, context.user().username());
        if (outcome.deployed() == null) {
            List<ViolationView> violations =
                    outcome.violations().stream().map(AdminPageResource::view).toList();
            return Response.status(422)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(
                            "MODEL_REJECTED",
                            "the model was not deployed: " + violations.size() + " violation(s) of the release gate",
                            Map.of("violations", violations, "sha256", outcome.sha256())))
                    .build();
        }
        return Response.status(201)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(outcome.deployed())
                .build();
    }

    @POST
    @Path("/incidents/{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response retry(@PathParam("id") String id, @FormParam(Csrf.FIELD) String csrf) {
        context.requireCsrf(csrf);
        try {
            incidents.retry(id, context.user().username());
            return context.seeOther("/admin?retried=" + id + "#incidents-heading");
        } catch (ApiException e) {
            return context.render(
                    e.status(),
                    error.data("title", "Not retried")
                            .data("message", e.getMessage())
                            .data("back", "/admin"));
        }
    }

    private void checkSize(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw ApiException.badRequest("the body must be the BPMN XML");
        }
        if (xml.length > config.maxModelBytes()) {
            throw new ApiException(
                    413,
                    "PAYLOAD_TOO_LARGE",
                    "the model is " + xml.length + " bytes; the limit is " + config.maxModelBytes(),
                    Map.of("length", xml.length, "limit", config.maxModelBytes()));
        }
    }

    private static ViolationView view(Violation v) {
        return new ViolationView(v.elementId(), v.rule().name(), v.message(), v.path());
    }
}
