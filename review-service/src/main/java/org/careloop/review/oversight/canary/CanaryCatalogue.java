package org.careloop.review.oversight.canary;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The versioned catalogue of planted errors ({@code oversight/canaries.json}): per kind what the error is, the
 * sentence that carries it and its marker (the words no release may contain), and the names a wrong-name canary
 * uses.
 */
public record CanaryCatalogue(String version, String description, List<Entry> kinds, List<String> names) {

    public record Entry(CanaryKind kind, String explanation, String sentence, String marker) {}

    public static CanaryCatalogue fromClasspath() {
        try (InputStream in = CanaryCatalogue.class.getResourceAsStream("/oversight/canaries.json")) {
            if (in == null) {
                throw new IllegalStateException("oversight/canaries.json is not on the classpath");
            }
            CanaryCatalogue catalogue = new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, CanaryCatalogue.class);
            for (CanaryKind kind : CanaryKind.values()) {
                catalogue.entry(kind);
            }
            return catalogue;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the canary catalogue", e);
        }
    }

    public Entry entry(CanaryKind kind) {
        return kinds.stream()
                .filter(e -> e.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the canary catalogue has no " + kind));
    }
}
