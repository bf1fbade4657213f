package org.careloop.review.fhir;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Resource;

/**
 * Bundles of exported resources: each entry's {@code fullUrl} is where the resource can be read again, and a page that
 * is not the last links to the next one.
 */
public final class FhirBundles {

    private final URI base;
    private final URI request;
    private final Bundle bundle = new Bundle();

    private FhirBundles(BundleType type, URI base, URI request) {
        this.base = base;
        this.request = request;
        bundle.setId(UUID.randomUUID().toString());
        bundle.getMeta().setLastUpdated(new Date());
        bundle.setType(type);
        bundle.addLink().setRelation("self").setUrl(request.toString());
    }

    /** A search's result; {@code base} is the service's root, {@code request} the URL asked. */
    public static FhirBundles searchset(URI base, URI request, long total) {
        FhirBundles bundles = new FhirBundles(BundleType.SEARCHSET, base, request);
        bundles.bundle.setTotal((int) Math.min(total, Integer.MAX_VALUE));
        return bundles;
    }

    public FhirBundles match(Resource resource) {
        add(resource).getSearch().setMode(SearchEntryMode.MATCH);
        return this;
    }

    public FhirBundles match(Resource... resources) {
        for (Resource resource : resources) {
            match(resource);
        }
        return this;
    }

    private Bundle.BundleEntryComponent add(Resource resource) {
        return bundle.addEntry().setFullUrl(fullUrl(base, resource)).setResource(resource);
    }

    /** A link to the page after this one, which starts at {@code nextOffset}. */
    public FhirBundles next(int nextOffset) {
        String next = UriBuilder.fromUri(request)
                .replaceQueryParam(FhirQuery.OFFSET, nextOffset)
                .build()
                .toString();
        bundle.addLink().setRelation("next").setUrl(next);
        return this;
    }

    public Bundle bundle() {
        return bundle;
    }

    static String fullUrl(URI base, Resource resource) {
        return base.resolve("api/fhir/" + resource.fhirType() + "/"
                        + resource.getIdElement().getIdPart())
                .toString();
    }
}
