package org.careloop.review.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "admin")
public class AuditResource {

    @Inject
    AuditLog auditLog;

    @GET
    @Path("/verify")
    @Operation(
            summary = "Recompute the audit trail's hash chain",
            description = "{\"valid\": true, \"events\": N}, or the first broken row in brokenAt with a reason.")
    public AuditChain.Verification verify() {
        return auditLog.verify();
    }
}
