package org.careloop.review.fhir;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Resource;

/**
 * The security label of HL7's "AI Transparency on FHIR" guide: {@code AIAST} ("Artificial Intelligence asserted") from
 * v3-ObservationValue in {@code meta.security}, on resources whose content an AI produced. It says nothing of review;
 * the Provenance names the clinicians who verified the text.
 */
public final class AiLabel {

    public static final String SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";
    public static final String CODE = "AIAST";
    public static final String DISPLAY = "Artificial Intelligence asserted";

    private AiLabel() {}

    public static void label(Resource resource) {
        resource.getMeta().addSecurity(new Coding(SYSTEM, CODE, DISPLAY));
    }
}
