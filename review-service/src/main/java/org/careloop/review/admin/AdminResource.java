package org.careloop.review.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.careloop.review.admin.AdminViews.DefinitionView;
import org.careloop.review.admin.AdminViews.FailingJobView;
import org.careloop.review.admin.AdminViews.IncidentView;
import org.careloop.review.admin.AdminViews.RetryResult;
import org.careloop.review.admin.AdminViews.ViolationView;
import org.careloop.review.errors.ApiError;
import org.careloop.review.errors.ApiException;
import org.careloop.review.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Process and decision models, and incidents. Admins only. */
@Path("/api/admin")
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
public class AdminResource {

    @Inject
    ModelDeployments deployments;

    @Inject
    Incidents incidents;

    @Inject
    FailingJobs failingJobs;

    @Inject
    CurrentUser user;

    @Inject
    AdminConfig config;

    @GET
    @Path("/processes")
    @Operation(
            summary = "Deployed process (BPMN) and decision (DMN) definitions, every version, with running instances")
    public List<DefinitionView> processes() {
        return deployments.definitions();
    }

    @POST
    @Path("/processes")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Deploy a BPMN or DMN model after the release-gate check",
            description =
                    "The body is the XML. A BPMN model must pass the release-gate verifier, a DMN table the decision "
                            + "check (FEEL only, clinical review groups only). Running instances stay on their version.")
    @APIResponse(responseCode = "201", description = "Deployed (duplicate=true when this XML was already deployed)")
    @APIResponse(
            responseCode = "400",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)),
            description = "Empty body or a bad file name")
    @APIResponse(
            responseCode = "413",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)),
            description = "Larger than the limit")
    @APIResponse(responseCode = "422", description = "Rejected: details.violations names each element and why")
    public Response deploy(
            @Parameter(description = "File name, ending in .bpmn or .dmn; decides the kind and the resource name")
                    @QueryParam("name")
                    String name,
            byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw ApiException.badRequest("the body must be the BPMN or DMN XML");
        }
        if (xml.length > config.maxModelBytes()) {
            throw new ApiException(
                    413,
                    "PAYLOAD_TOO_LARGE",
                    "the model is " + xml.length + " bytes; the limit is " + config.maxModelBytes(),
                    Map.of("length", xml.length, "limit", config.maxModelBytes()));
        }
        ModelDeployments.Outcome outcome = deployments.deploy(xml, name, user.username());
        if (outcome.deployed() == null) {
            List<ViolationView> violations =
                    outcome.violations().stream().map(ViolationView::of).toList();
            return Response.status(422)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(
                            "MODEL_REJECTED",
                            "the model was not deployed: " + violations.size() + " violation(s) of the release gate",
                            Map.of("violations", violations, "sha256", outcome.sha256())))
                    .build();
        }
        return Response.created(URI.create("/api/admin/processes"))
                .entity(outcome.deployed())
                .build();
    }

    @GET
    @Path("/incidents")
    @Operation(summary = "Open incidents: jobs that failed their last retry, such as a refused release")
    public List<IncidentView> incidents() {
        return incidents.open();
    }

    @GET
    @Path("/jobs/failing")
    @Operation(
            summary = "Jobs that failed and will be tried again, with the service they wait for when it could not be"
                    + " reached (retried over minutes, and at once when it is back)")
    public List<FailingJobView> failingJobs() {
        return failingJobs.list();
    }

    @POST
    @Path("/incidents/{id}/retry")
    @Operation(summary = "Give the failed job one more attempt")
    @APIResponse(responseCode = "404", description = "No such open incident")
    @APIResponse(responseCode = "409", description = "Not a failed-job incident")
    public RetryResult retry(@PathParam("id") String id) {
        return incidents.retry(id, user.username());
    }
}
