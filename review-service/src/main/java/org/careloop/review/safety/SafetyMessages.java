package org.careloop.review.safety;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The fixed, pre-approved safety messages per red-flag category (resource safety/safety-messages.json). They are
 * data, versioned and reviewed like code, never model output: that is why they may reach a patient unreviewed.
 */
@ApplicationScoped
public class SafetyMessages {

    static final String RESOURCE = "safety/safety-messages.json";

    public record SafetyMessage(String category, String text, String version) {}

    private final String version;
    private final String defaultText;
    private final Map<String, String> messages;

    public SafetyMessages() {
        try (InputStream in = SafetyMessages.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            var tree = new ObjectMapper().readTree(in);
            version = tree.path("version").asText();
            defaultText = tree.path("default").asText();
            messages = new ObjectMapper()
                    .convertValue(
                            tree.path("messages"),
                            new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (version.isBlank() || defaultText.isBlank()) {
            throw new IllegalStateException(RESOURCE + " needs a version and a default text");
        }
    }

    /** The message for a category; an unknown or missing category gets the general emergency text. */
    public SafetyMessage forCategory(String category) {
        String text = category == null ? null : messages.get(category);
        return new SafetyMessage(category == null ? "EMERGENCY" : category, text == null ? defaultText : text, version);
    }

    public boolean covers(String category) {
        return messages.containsKey(category);
    }

    public String version() {
        return version;
    }
}
