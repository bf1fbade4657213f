package org.careloop.review.fhir;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** An error of the FHIR API, answered as an OperationOutcome ({@link FhirErrors}). */
public class FhirException extends RuntimeException {

    private final int status;
    private final IssueType issue;

    public FhirException(int status, IssueType issue, String message) {
        super(message);
        this.status = status;
        this.issue = issue;
    }

    public static FhirException badRequest(String message) {
        return new FhirException(400, IssueType.INVALID, message);
    }

    public static FhirException notFound(String what) {
        return new FhirException(404, IssueType.NOTFOUND, what + " not found");
    }

    public static FhirException forbidden(String message) {
        return new FhirException(403, IssueType.FORBIDDEN, message);
    }

    public int status() {
        return status;
    }

    public IssueType issue() {
        return issue;
    }
}
