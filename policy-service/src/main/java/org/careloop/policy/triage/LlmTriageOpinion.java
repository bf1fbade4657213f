package org.careloop.policy.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The LLM layer of triage: when a real model is configured, its opinion on the de-identified message, asked for as
 * strict JSON. It can only raise severity: a ROUTINE opinion, an answer that is not the JSON asked for, an error or
 * a timeout changes nothing. Its red flag spans the whole message, since the model saw another text.
 */
@ApplicationScoped
public class LlmTriageOpinion {

    private static final Logger LOG = Logger.getLogger(LlmTriageOpinion.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PROMPT_VERSION = "triage-opinion-1";
    private static final String PROMPT = """
            You triage patient portal messages for a clinic. Identifiers were replaced by placeholders such as \
            [NAME_1]. Decide whether the message describes a medical emergency happening now (the patient should \
            call an ambulance or go to the emergency department now: EMERGENCY), something that needs a clinician \
            today (URGENT), or neither (ROUTINE). Negated symptoms, past history, other people's past illness, \
            idioms and hypothetical questions are not emergencies. Answer with one JSON object and nothing else: \
            {"severity": "EMERGENCY" | "URGENT" | "ROUTINE", "category": one of %s or "OTHER", \
            "confidence": a number from 0 to 1}""";
    private static final Set<String> RAISING = Set.of("EMERGENCY", "URGENT");

    private final Optional<String> baseUrl;
    private final Optional<String> apiKey;
    private final String model;
    private final Duration timeout;
    private final List<String> categories;
    private final HttpClient http;

    @Inject
    public LlmTriageOpinion(LlmTriageConfig config, Triage triage) {
        this(config.baseUrl(), config.apiKey(), config.model(), config.timeout(), triage.categories());
    }

    LlmTriageOpinion(
            Optional<String> baseUrl,
            Optional<String> apiKey,
            String model,
            Duration timeout,
            List<String> categories) {
        this.baseUrl = baseUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        this.apiKey = apiKey;
        this.model = model;
        this.timeout = timeout;
        this.categories = List.copyOf(categories);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public boolean enabled() {
        return baseUrl.isPresent();
    }

    /** A red flag over the whole original message when the model raises it; empty otherwise, whatever happens. */
    public Optional<RedFlag> opinion(String messageId, String deidentifiedText, int originalLength) {
        if (baseUrl.isEmpty()) {
            return Optional.empty();
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl.get() + "/chat/completions"))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body(deidentifiedText))));
            apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warnf(
                        "triage opinion for message %s: model answered %d; nothing changed",
                        messageId, response.statusCode());
                return Optional.empty();
            }
            return parse(response.body(), originalLength);
        } catch (Exception e) {
            // Logs hold ids, never text: the exception's message may quote the model's answer.
            LOG.warnf(
                    "triage opinion for message %s failed (%s); nothing changed",
                    messageId, e.getClass().getSimpleName());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }
    }

    private Map<String, Object> body(String deidentifiedText) {
        return Map.of(
                "model",
                model,
                "temperature",
                0,
                "max_tokens",
                100,
                "response_format",
                Map.of("type", "json_object"),
                "messages",
                List.of(
                        Map.of("role", "system", "content", PROMPT.formatted(String.join(", ", categories))),
                        Map.of("role", "user", "content", deidentifiedText)));
    }

    Optional<RedFlag> parse(String responseBody, int originalLength) throws Exception {
        String content = JSON.readTree(responseBody)
                .path("choices")
                .path(0)
                .path("message")
                .path("content")
                .asText("");
        JsonNode answer = JSON.readTree(content.strip());
        String severity = answer.path("severity").asText("").toUpperCase(Locale.ROOT);
        if (!answer.isObject() || !RAISING.contains(severity)) {
            return Optional.empty();
        }
        String category = answer.path("category").asText("");
        if (!categories.contains(category)) {
            category = "LLM_OPINION";
        }
        double confidence = answer.path("confidence").isNumber()
                ? Math.max(0, Math.min(1, answer.path("confidence").asDouble()))
                : 1.0;
        return Optional.of(new RedFlag(
                category,
                Severity.valueOf(severity),
                0,
                originalLength,
                "llm-" + PROMPT_VERSION,
                TriageLayer.LLM,
                Math.round(confidence * 1000) / 1000.0));
    }
}
