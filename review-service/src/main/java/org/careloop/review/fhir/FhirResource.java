package org.careloop.review.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.careloop.review.errors.ApiError;
import org.careloop.review.fhir.FhirExport.Paging;
import org.careloop.review.security.CurrentUser;
import org.careloop.review.support.ClinicZone;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Released replies as FHIR R4 resources for the clinic's EHR: Communications, their Provenance, and a date range's
 * export. Admins read every patient's records; a patient only their own (the token's sub). Clinicians read messages
 * through their review tasks, not here. Errors of the FHIR API are OperationOutcomes.
 */
@Path("/api/fhir")
@Produces({FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@RolesAllowed({"admin", "patient"})
@Tag(name = "fhir", description = "FHIR R4 export of released replies with their AI provenance")
@APIResponse(
        responseCode = "401",
        description = "UNAUTHORIZED: no bearer token, or one that is not valid",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "403",
        description = "FORBIDDEN: the token's roles do not allow this endpoint (error shape), or a patient asked for "
                + "another patient's records or for the export (OperationOutcome)",
        content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)),
            @Content(
                    mediaType = FhirJson.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.OBJECT, description = FhirResource.OPERATION_OUTCOME))
        })
@APIResponse(
        responseCode = "400",
        description = "An unknown, repeated or malformed parameter, named in the OperationOutcome",
        content =
                @Content(
                        mediaType = FhirJson.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.OBJECT, description = FhirResource.OPERATION_OUTCOME)))
public class FhirResource {

    static final String OPERATION_OUTCOME = "FHIR R4 OperationOutcome: https://hl7.org/fhir/R4/operationoutcome.html";
    static final String BUNDLE = "FHIR R4 Bundle: https://hl7.org/fhir/R4/bundle.html";
    static final String COMMUNICATION = "FHIR R4 Communication: https://hl7.org/fhir/R4/communication.html";
    static final String PROVENANCE = "FHIR R4 Provenance: https://hl7.org/fhir/R4/provenance.html";

    @Inject
    FhirExport export;

    @Inject
    FhirJson fhir;

    @Inject
    FhirConfig config;

    @Inject
    CurrentUser user;

    @Inject
    ClinicZone zone;

    @Context
    UriInfo uri;

    @GET
    @Path("/Communication")
    @Operation(
            summary = "Search Communications by patient",
            description =
                    "A searchset Bundle: for each released reply of the patient, the patient's message and the "
                            + "reply (inResponseTo the message), oldest first. An AI-drafted reply carries the AIAST security "
                            + "label; a reply the clinician wrote carries none. _count counts replies (two Communications each).")
    @APIResponse(
            responseCode = "200",
            description = "A searchset Bundle",
            content =
                    @Content(
                            mediaType = FhirJson.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT, description = BUNDLE)))
    @Parameter(
            name = "patient",
            in = ParameterIn.QUERY,
            description = "careloop's patient id (the token's sub), or Patient/<id>; a patient may leave it out, an "
                    + "admin must give it")
    @Parameter(name = FhirQuery.COUNT, in = ParameterIn.QUERY, description = "Replies a page: 1 to 200, default 50")
    @Parameter(name = FhirQuery.OFFSET, in = ParameterIn.QUERY, description = "Replies before this page (next link)")
    public Response communications() {
        FhirQuery query = FhirQuery.of(uri.getQueryParameters(), "patient", FhirQuery.COUNT, FhirQuery.OFFSET);
        FhirReader reader = reader();
        String patient = query.optional("patient");
        if (patient == null && !reader.isPatient()) {
            throw FhirException.badRequest("parameter 'patient' is required; use /api/fhir/export for all patients");
        }
        String patientId = patient == null ? reader.ownPatientId() : patient.replaceFirst("^Patient/", "");
        return ok(export.communicationsOf(reader, patientId, paging(query)));
    }

    @GET
    @Path("/Communication/{id}")
    @Operation(summary = "Read one Communication (message-<id> or reply-<id>)")
    @APIResponse(
            responseCode = "200",
            description = "The Communication",
            content =
                    @Content(
                            mediaType = FhirJson.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT, description = COMMUNICATION)))
    @APIResponse(responseCode = "404", description = "No such released reply for this reader")
    public Response communication(@PathParam("id") String id) {
        FhirQuery.of(uri.getQueryParameters());
        return ok(export.communication(
                reader(), FhirIds.communication(id).orElseThrow(() -> FhirException.notFound("Communication"))));
    }

    @GET
    @Path("/Provenance")
    @Operation(
            summary = "Search the Provenance of a reply",
            description = "A searchset Bundle with the Provenance of the reply Communication named by target: the "
                    + "drafting model as a contained Device (author), the approving clinicians as contained "
                    + "Practitioners (verifier, or author of a reply they wrote), the patient's message and the cited "
                    + "knowledge-base passages as source entities, the policy versions, and the release time.")
    @APIResponse(
            responseCode = "200",
            description = "A searchset Bundle (empty when the reader has no such reply)",
            content =
                    @Content(
                            mediaType = FhirJson.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT, description = BUNDLE)))
    @Parameter(
            name = "target",
            in = ParameterIn.QUERY,
            required = true,
            description = "The reply's Communication: Communication/reply-<message id>")
    public Response provenance() {
        FhirQuery query = FhirQuery.of(uri.getQueryParameters(), "target");
        String target = query.required("target");
        var communication = FhirIds.communication(target)
                .orElseThrow(() -> FhirException.badRequest(
                        "parameter 'target' must name a Communication: Communication/reply-<message id>"));
        return ok(export.provenanceOf(reader(), communication, paging(query)));
    }

    @GET
    @Path("/Provenance/{id}")
    @Operation(summary = "Read one Provenance (release-<message id>)")
    @APIResponse(
            responseCode = "200",
            description = "The Provenance",
            content =
                    @Content(
                            mediaType = FhirJson.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT, description = PROVENANCE)))
    @APIResponse(responseCode = "404", description = "No such released reply for this reader")
    public Response provenance(@PathParam("id") String id) {
        FhirQuery.of(uri.getQueryParameters());
        return ok(export.provenance(
                reader(), FhirIds.provenance(id).orElseThrow(() -> FhirException.notFound("Provenance"))));
    }

    @GET
    @Path("/export")
    @RolesAllowed("admin")
    @Operation(
            summary = "Export the replies released in a date range (admins)",
            description = "A searchset Bundle: for each reply released at or after from and before to, the patient's "
                    + "message, the reply and its Provenance, oldest first, _count replies a page (default 50, at most "
                    + "200) with a next link while more remain. The range is at most careloop.fhir.export-max-range "
                    + "(31 days by default). Not FHIR Bulk Data: a synchronous, paged read.")
    @APIResponse(
            responseCode = "200",
            description = "A searchset Bundle",
            content =
                    @Content(
                            mediaType = FhirJson.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT, description = BUNDLE)))
    @Parameter(
            name = "from",
            in = ParameterIn.QUERY,
            required = true,
            description = "Start, inclusive: a date (the start of that day in the clinic's zone, 2026-12-01) or a date "
                    + "and time with its offset (2026-12-01T08:00:00Z)")
    @Parameter(name = "to", in = ParameterIn.QUERY, required = true, description = "End, exclusive: as from")
    @Parameter(name = FhirQuery.COUNT, in = ParameterIn.QUERY, description = "Replies a page: 1 to 200, default 50")
    @Parameter(name = FhirQuery.OFFSET, in = ParameterIn.QUERY, description = "Replies before this page (next link)")
    public Response exportRange() {
        FhirQuery query = FhirQuery.of(uri.getQueryParameters(), "from", "to", FhirQuery.COUNT, FhirQuery.OFFSET);
        Instant from = query.instant("from", zone.zone());
        Instant to = query.instant("to", zone.zone());
        return ok(export.releasedBetween(reader(), from, to, paging(query)));
    }

    private FhirReader reader() {
        return user.roles().contains("admin") ? FhirReader.admin(user.username()) : FhirReader.patient(user.subject());
    }

    private Paging paging(FhirQuery query) {
        return new Paging(
                uri.getBaseUri(),
                uri.getRequestUri(),
                query.offset(),
                query.count(config.pageSize(), config.maxPageSize()));
    }

    private Response ok(IBaseResource resource) {
        return Response.ok(fhir.encode(resource)).type(FhirJson.MEDIA_TYPE).build();
    }
}
