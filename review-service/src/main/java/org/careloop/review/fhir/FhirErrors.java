package org.careloop.review.fhir;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The FHIR API's errors as FHIR clients expect them: an OperationOutcome in application/fhir+json. The message names
 * the parameter at fault and never quotes another patient's data.
 */
public class FhirErrors {

    @Inject
    FhirJson fhir;

    @ServerExceptionMapper
    public Response fhirError(FhirException e) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(e.issue()).setDiagnostics(e.getMessage());
        return Response.status(e.status())
                .type(FhirJson.MEDIA_TYPE)
                .entity(fhir.encode(outcome))
                .build();
    }
}
