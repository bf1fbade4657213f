package org.careloop.review.oversight.canary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.drafting.Draft;
import org.careloop.review.intake.PatientMessage;
import org.careloop.review.oversight.OversightConfig;
import org.careloop.review.screening.Placeholders;
import org.careloop.review.screening.Screening;

/**
 * Plants errors from the catalogue into checked drafts at the clinic's rate (off by default), after the policy
 * checks so that only the human review can catch them. Only routine messages get one: a canary sends a missed
 * draft back for another review, and an urgent or emergency reply must not wait for that.
 */
@ApplicationScoped
public class CanaryPlanter {

    private final CanaryCatalogue catalogue = CanaryCatalogue.fromClasspath();
    private final Deque<CanaryKind> deck = new ArrayDeque<>();

    @Inject
    OversightConfig config;

    @Inject
    AuditLog audit;

    public CanaryCatalogue catalogue() {
        return catalogue;
    }

    /** At the clinic's rate, a canary of a random kind in this message's checked draft. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Canary> maybePlant(UUID messageId, String processInstanceId) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (config.canaryRate() <= 0 || random.nextDouble() >= config.canaryRate()) {
            return Optional.empty();
        }
        Screening screening = Screening.findById(messageId);
        if (screening == null || !"ROUTINE".equals(screening.highestSeverity)) {
            return Optional.empty();
        }
        return plant(messageId, nextKind(), processInstanceId);
    }

    /**
     * Kinds are dealt from a shuffled deck of every kind, so each reviewer population meets them in equal numbers and
     * in an order nobody can predict.
     */
    synchronized CanaryKind nextKind() {
        if (deck.isEmpty()) {
            List<CanaryKind> all = new ArrayList<>(List.of(CanaryKind.values()));
            Collections.shuffle(all, ThreadLocalRandom.current());
            deck.addAll(all);
        }
        return deck.poll();
    }

    /**
     * Plants a canary of this kind into the message's current draft; none when there is no draft, the draft already
     * has one, or the draft already holds the kind's marker (its true text must stay releasable).
     */
    @Transactional
    public Optional<Canary> plant(UUID messageId, CanaryKind kind, String processInstanceId) {
        Draft draft = Draft.findById(messageId);
        if (draft == null
                || !draft.available()
                || Canary.activeIn(messageId, draft.draftId).isPresent()) {
            return Optional.empty();
        }
        Screening screening = Screening.findById(messageId);
        Map<String, String> values = screening == null ? Map.of() : screening.placeholderValues;
        String trueText = Placeholders.fillIn(draft.text, values).text();
        PatientMessage message = PatientMessage.findById(messageId);
        List<String> seen = new ArrayList<>(values.values());
        seen.add(trueText);
        seen.add(message == null ? "" : message.text);
        String otherName = catalogue.names().stream()
                .filter(name -> seen.stream().noneMatch(text -> CanaryKind.contains(text, name)))
                .findFirst()
                .orElse(null);
        if (otherName == null) {
            return Optional.empty();
        }
        CanaryKind.Planted planted = kind.plant(draft.text, catalogue.entry(kind), otherName);
        if (CanaryKind.contains(trueText, planted.marker())) {
            return Optional.empty();
        }
        Canary canary = new Canary();
        canary.id = UUID.randomUUID();
        canary.messageId = messageId;
        canary.draftId = draft.draftId;
        canary.kind = kind;
        canary.catalogueVersion = catalogue.version();
        canary.plantStart = planted.plant().start();
        canary.plantEnd = planted.plant().end();
        canary.replacement = planted.plant().replacement();
        canary.marker = planted.marker();
        canary.plantedAt = Instant.now();
        canary.persist();
        audit.append(
                AuditType.CANARY_PLANTED,
                AuditLog.SYSTEM,
                messageId,
                processInstanceId,
                null,
                Map.of("canaryId", canary.id.toString(), "kind", kind.name(), "catalogueVersion", catalogue.version()));
        return Optional.of(canary);
    }
}
