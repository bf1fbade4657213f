package org.careloop.inference.errors;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only: an unexpected failure on demand, with message text in the exception's message. */
@Path("/test/errors")
@PermitAll
public class ErrorProbeResource {

    public static final String MESSAGE_TEXT = "John Smith has chest pain";

    @GET
    @Path("/failure")
    public String fail() {
        throw new IllegalStateException(MESSAGE_TEXT, new RuntimeException(MESSAGE_TEXT));
    }
}
