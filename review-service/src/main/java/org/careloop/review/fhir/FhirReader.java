package org.careloop.review.fhir;

/**
 * Who reads through the FHIR API: an admin reads every patient's records; a patient only their own, whatever the
 * parameters say. {@code actor} is who the audit trail names (a patient by their id, as the patient API does).
 */
public record FhirReader(String actor, String ownPatientId) {

    public static FhirReader admin(String username) {
        return new FhirReader(username, null);
    }

    public static FhirReader patient(String patientId) {
        return new FhirReader(patientId, patientId);
    }

    public boolean isPatient() {
        return ownPatientId != null;
    }

    /** Whether this reader may see the records of {@code patientId}. */
    public boolean maySee(String patientId) {
        return !isPatient() || ownPatientId.equals(patientId);
    }
}
