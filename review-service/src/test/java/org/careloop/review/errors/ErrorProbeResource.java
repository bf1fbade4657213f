package org.careloop.review.errors;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/** Test-only: errors the real API has no way to provoke on demand (Bean Validation, an unexpected failure). */
@Path("/api/test/errors")
@PermitAll
public class ErrorProbeResource {

    /** Patient text in the failure's message, which must not reach the answer. */
    public static final String PATIENT_TEXT = "John Smith has chest pain";

    public record Probe(
            @NotBlank String text, @Size(max = 3) String code) {}

    @GET
    @Path("/failure")
    public String fail() {
        throw new IllegalStateException(PATIENT_TEXT, new RuntimeException(PATIENT_TEXT));
    }

    @POST
    @Path("/validated")
    @Consumes(MediaType.APPLICATION_JSON)
    public String validated(@Valid Probe probe) {
        return "ok";
    }
}
