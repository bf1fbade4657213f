package org.careloop.review.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.CodeSystem;

/**
 * HAPI's instance validator against the base R4 profiles and terminology (no implementation guide), built once: it
 * loads every R4 StructureDefinition and ValueSet. One addition: R4's copy of v3-ObservationValue predates the code
 * AIAST, which HL7 Terminology added later for the AI Transparency on FHIR guide; without it the validator calls the
 * very label the guide prescribes an unknown code.
 */
final class R4Validation {

    private static final FhirContext CONTEXT = FhirContext.forR4();
    private static final FhirValidator VALIDATOR = validator();

    private R4Validation() {}

    private static FhirValidator validator() {
        DefaultProfileValidationSupport r4 = new DefaultProfileValidationSupport(CONTEXT);
        CodeSystem observationValue = ((CodeSystem) r4.fetchCodeSystem(AiLabel.SYSTEM)).copy();
        observationValue.addConcept().setCode(AiLabel.CODE).setDisplay(AiLabel.DISPLAY);
        PrePopulatedValidationSupport withAiast = new PrePopulatedValidationSupport(CONTEXT);
        withAiast.addCodeSystem(observationValue);
        ValidationSupportChain support = new ValidationSupportChain(
                withAiast,
                r4,
                new InMemoryTerminologyServerValidationSupport(CONTEXT),
                new CommonCodeSystemsTerminologyService(CONTEXT));
        return CONTEXT.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
    }

    /** The validator's errors (and fatal errors) for this FHIR JSON: none for a valid resource. */
    static List<String> errors(String json) {
        return VALIDATOR.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(R4Validation::describe)
                .toList();
    }

    /** Every message, warnings too, to see what the validator says. */
    static List<String> messages(String json) {
        return VALIDATOR.validateWithResult(json).getMessages().stream()
                .map(R4Validation::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }
}
