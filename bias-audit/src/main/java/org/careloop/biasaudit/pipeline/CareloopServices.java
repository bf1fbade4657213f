package org.careloop.biasaudit.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The path a patient's message takes to a model, called as review-service calls it (docs/service-contracts.md):
 * policy-service's {@code /screen} de-identifies and triages, inference-service's {@code /drafts} drafts from the
 * de-identified text only, policy-service's {@code /check-draft} checks the draft.
 */
public final class CareloopServices {

    private final Http http;
    private final URI policy;
    private final URI inference;
    private final Supplier<String> serviceToken;

    public CareloopServices(Http http, String policyUrl, String inferenceUrl, Supplier<String> serviceToken) {
        this.http = http;
        this.policy = URI.create(policyUrl.replaceAll("/$", "") + "/");
        this.inference = URI.create(inferenceUrl.replaceAll("/$", "") + "/");
        this.serviceToken = serviceToken;
    }

    public Screened screen(String messageId, String text) {
        JsonNode body =
                http.postJson(policy.resolve("screen"), Map.of("messageId", messageId, "text", text), serviceToken);
        List<Screened.RedFlag> flags = new ArrayList<>();
        body.path("redFlags")
                .forEach(f -> flags.add(new Screened.RedFlag(
                        f.path("category").asText(), f.path("severity").asText())));
        return new Screened(
                body.path("policyVersion").asText(),
                body.path("deidentifiedText").asText(),
                body.path("highestSeverity").asText("ROUTINE"),
                flags);
    }

    public Drafted draft(String idempotencyKey, Screened screened) {
        List<String> categories = screened.redFlags().stream()
                .map(Screened.RedFlag::category)
                .distinct()
                .toList();
        JsonNode body = http.postJson(
                inference.resolve("drafts"),
                Map.of(
                        "idempotencyKey",
                        idempotencyKey,
                        "messageText",
                        screened.deidentifiedText(),
                        "redFlagCategories",
                        categories),
                serviceToken);
        List<Drafted.Cited> cited = new ArrayList<>();
        body.path("citations")
                .forEach(c -> cited.add(new Drafted.Cited(
                        c.path("passageId").asText(),
                        c.path("start").asInt(),
                        c.path("end").asInt())));
        JsonNode p = body.path("provenance");
        return new Drafted(
                body.path("text").asText(),
                cited,
                new Drafted.Provenance(
                        p.path("provider").asText(),
                        p.path("model").asText(),
                        p.path("modelVersion").asText(""),
                        p.path("promptTemplateVersion").asText("")));
    }

    public Checked check(Screened screened, Drafted draft) {
        List<Map<String, Object>> citations = draft.citations().stream()
                .map(c -> Map.<String, Object>of("passageId", c.passageId(), "start", c.start(), "end", c.end()))
                .toList();
        List<Map<String, String>> flags = screened.redFlags().stream()
                .map(f -> Map.of("category", f.category(), "severity", f.severity()))
                .toList();
        JsonNode body = http.postJson(
                policy.resolve("check-draft"),
                Map.of(
                        "messageText",
                        screened.deidentifiedText(),
                        "draftText",
                        draft.text(),
                        "citations",
                        citations,
                        "redFlags",
                        flags),
                serviceToken);
        List<String> types = new ArrayList<>();
        body.path("findings").forEach(f -> types.add(f.path("type").asText()));
        return new Checked(
                body.path("policyVersion").asText(), body.path("riskLevel").asText(), types);
    }
}
