package org.careloop.review.fhir;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's R4 context, built once at start (it scans every R4 structure, which takes long), and its JSON parser.
 */
@ApplicationScoped
@Startup
public class FhirJson {

    /** FHIR's own JSON media type; clients that ask for application/json get the same body. */
    public static final String MEDIA_TYPE = "application/fhir+json";

    private final FhirContext context = FhirContext.forR4();

    public FhirContext context() {
        return context;
    }

    /** The resource as FHIR JSON. A parser is not thread-safe, so each call makes its own (cheap, unlike the context). */
    public String encode(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource);
    }

    public <T extends IBaseResource> T parse(Class<T> type, String json) {
        return context.newJsonParser().parseResource(type, json);
    }
}
