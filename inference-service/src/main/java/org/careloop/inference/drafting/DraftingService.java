package org.careloop.inference.drafting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.careloop.inference.errors.ApiException;
import org.careloop.inference.knowledge.Citation;
import org.careloop.inference.knowledge.KnowledgeBase;
import org.careloop.inference.knowledge.Passage;
import org.careloop.inference.knowledge.Retrieval;
import org.careloop.inference.providers.DraftInput;
import org.careloop.inference.providers.DraftOutput;
import org.careloop.inference.providers.DraftPrompt;
import org.careloop.inference.providers.Responder;
import org.careloop.inference.providers.Responders;
import org.jboss.logging.Logger;

/** Drafts a reply once per idempotency key: guard, retrieve, draft, record provenance. */
@ApplicationScoped
public class DraftingService {

    private static final Logger LOG = Logger.getLogger(DraftingService.class);

    private final KnowledgeBase knowledgeBase;
    private final Responders responders;
    private final DraftStore store;
    private final ObjectMapper json;
    private final DraftMetrics metrics;

    public DraftingService(
            KnowledgeBase knowledgeBase,
            Responders responders,
            DraftStore store,
            ObjectMapper json,
            DraftMetrics metrics) {
        this.knowledgeBase = knowledgeBase;
        this.responders = responders;
        this.store = store;
        this.json = json;
        this.metrics = metrics;
    }

    public DraftResponse draft(DraftRequest request) {
        refuseIdentifiers(request.messageText());
        Optional<Draft> existing = store.findByIdempotencyKey(request.idempotencyKey());
        if (existing.isPresent()) {
            LOG.infof("draft %s returned again for its idempotency key", existing.get().id);
            return toResponse(existing.get());
        }

        long started = System.nanoTime();
        Retrieval retrieval = knowledgeBase.retrieve(request.messageText(), request.redFlagCategories());
        DraftPrompt prompt = DraftPrompt.render(request.messageText(), request.redFlagCategories(), retrieval);
        Responder responder = responders.active();
        DraftOutput output;
        try {
            output = responder.draft(
                    new DraftInput(request.messageText(), request.redFlagCategories(), retrieval, prompt));
        } catch (RuntimeException e) {
            metrics.failed(responder.provider(), responder.model(), ModelErrorKind.of(e), System.nanoTime() - started);
            throw e;
        }
        metrics.drafted(responder.provider(), output, System.nanoTime() - started);
        long latencyMs = (System.nanoTime() - started) / 1_000_000;

        Draft draft = new Draft();
        draft.id = UUID.randomUUID();
        draft.idempotencyKey = request.idempotencyKey();
        draft.provider = responder.provider();
        draft.model = output.model();
        draft.modelVersion = output.modelVersion();
        draft.promptTemplateVersion = DraftPrompt.TEMPLATE_VERSION;
        draft.knowledgeBaseVersion = retrieval.knowledgeBaseVersion();
        draft.passageIds = String.join(",", output.passageIds());
        draft.droppedCitations = String.join(",", output.droppedCitations());
        draft.latencyMs = latencyMs;
        draft.inputTokens = output.inputTokens();
        draft.outputTokens = output.outputTokens();
        draft.promptSha256 = prompt.sha256();
        draft.draftText = output.text();
        draft.citationsJson = write(output.citations());
        draft.createdAt = Instant.now();
        try {
            store.insert(draft);
        } catch (RuntimeException e) {
            // A concurrent request with the same key won the insert: its draft is the answer.
            Optional<Draft> winner = store.findByIdempotencyKey(request.idempotencyKey());
            if (winner.isPresent()) {
                return toResponse(winner.get());
            }
            throw e;
        }
        LOG.infof(
                "draft %s by %s/%s: %d passages, %d citations, %d ms",
                draft.id,
                draft.provider,
                draft.model,
                output.passageIds().size(),
                output.citations().size(),
                latencyMs);
        return toResponse(draft);
    }

    private static void refuseIdentifiers(String text) {
        List<IdentifierGuard.Finding> findings = IdentifierGuard.scan(text);
        if (!findings.isEmpty()) {
            List<String> types = findings.stream()
                    .map(IdentifierGuard.Finding::type)
                    .distinct()
                    .toList();
            List<Map<String, Object>> spans = new ArrayList<>();
            for (IdentifierGuard.Finding f : findings) {
                spans.add(Map.of("type", f.type(), "start", f.start(), "end", f.end()));
            }
            throw new ApiException(
                    422,
                    "IDENTIFIER_SUSPECTED",
                    "messageText still looks as if it contains an identifier (" + String.join(", ", types)
                            + "); it was not sent to any model. De-identify it first.",
                    Map.of("types", types, "spans", spans));
        }
    }

    private DraftResponse toResponse(Draft d) {
        List<String> passageIds = d.passageIds.isEmpty() ? List.of() : Arrays.asList(d.passageIds.split(","));
        Provenance provenance = new Provenance(
                d.provider,
                d.model,
                d.modelVersion,
                d.promptTemplateVersion,
                d.knowledgeBaseVersion,
                passageIds,
                d.latencyMs,
                d.inputTokens,
                d.outputTokens,
                d.droppedCitations == null || d.droppedCitations.isEmpty()
                        ? List.of()
                        : Arrays.asList(d.droppedCitations.split(",")));
        List<DraftResponse.CitedPassage> citations = read(d.citationsJson).stream()
                .map(c -> DraftResponse.CitedPassage.of(c, passageText(c.passageId())))
                .toList();
        return new DraftResponse(d.id.toString(), d.draftText, citations, provenance);
    }

    private String passageText(String passageId) {
        Passage passage = knowledgeBase.current().passage(passageId);
        return passage == null ? null : passage.text();
    }

    private String write(List<Citation> citations) {
        try {
            return json.writeValueAsString(citations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Citation> read(String citations) {
        try {
            return json.readValue(citations, new TypeReference<List<Citation>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored citations are not readable", e);
        }
    }
}
