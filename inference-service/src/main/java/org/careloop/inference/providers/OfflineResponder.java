package org.careloop.inference.providers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careloop.inference.config.CareloopConfig;
import org.careloop.inference.knowledge.Citation;
import org.careloop.inference.knowledge.Passage;
import org.careloop.inference.knowledge.RetrievedPassage;
import org.careloop.inference.knowledge.ScoredSentence;

/**
 * The default provider: no model writes anything. The reply is made of whole sentences of the retrieved
 * passages, chosen by embedding similarity to the message, each run of sentences cited to its passage.
 */
@ApplicationScoped
public class OfflineResponder implements Responder {

    public static final String PROVIDER = "offline";
    public static final String MODEL = "offline-extractive";
    public static final String MODEL_VERSION = "1";

    private static final int MAX_SENTENCES_PER_PASSAGE = 2;

    private final int maxSentences;
    private final double sentenceMinScore;

    @Inject
    public OfflineResponder(CareloopConfig config) {
        this(config.drafting().maxSentences(), config.knowledge().sentenceMinScore());
    }

    public OfflineResponder(int maxSentences, double sentenceMinScore) {
        this.maxSentences = maxSentences;
        this.sentenceMinScore = sentenceMinScore;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public DraftOutput draft(DraftInput input) {
        Map<Passage, List<ScoredSentence>> chosen = choose(input);
        StringBuilder text = new StringBuilder(ReplyParts.greeting(input.messageText())).append("\n\n");
        if (!input.redFlagCategories().isEmpty()) {
            text.append(ReplyParts.RED_FLAG_NOTICE).append("\n\n");
        }
        List<Citation> citations = new ArrayList<>();
        if (chosen.isEmpty()) {
            text.append("Thank you for your message. I could not find information in our clinic's approved "
                    + "patient material that answers it, so a member of your care team will read your message "
                    + "and reply.");
        } else {
            text.append(
                    "Thank you for your message. Here is general information from our clinic's " + "patient material:");
            for (var entry : chosen.entrySet()) {
                text.append("\n\n");
                int start = text.length();
                text.append(String.join(
                        " ", entry.getValue().stream().map(ScoredSentence::text).toList()));
                citations.add(new Citation(entry.getKey().id(), entry.getKey().title(), start, text.length()));
            }
        }
        text.append("\n\n").append(ReplyParts.CARE_TEAM_GUIDANCE);
        List<String> used = chosen.keySet().stream().map(Passage::id).toList();
        return new DraftOutput(text.toString(), citations, used, MODEL, MODEL_VERSION, 0, 0, List.of());
    }

    /**
     * The best sentences over all retrieved passages (at most two per passage, never below the sentence
     * threshold, but always the best sentence of the best passage), grouped by passage in rank order and
     * kept in the passage's own order so that they read as written.
     */
    private Map<Passage, List<ScoredSentence>> choose(DraftInput input) {
        List<RetrievedPassage> passages = input.retrieval().passages();
        List<ScoredSentence> candidates = new ArrayList<>();
        for (RetrievedPassage p : passages) {
            List<ScoredSentence> ranked =
                    input.retrieval().rankSentences(p.passage().id());
            for (int i = 0; i < ranked.size() && i < MAX_SENTENCES_PER_PASSAGE; i++) {
                ScoredSentence s = ranked.get(i);
                if (s.score() >= sentenceMinScore || (candidates.isEmpty() && i == 0)) {
                    candidates.add(s);
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        List<ScoredSentence> kept = candidates.subList(0, Math.min(maxSentences, candidates.size()));
        Map<Passage, List<ScoredSentence>> byPassage = new LinkedHashMap<>();
        for (RetrievedPassage p : passages) {
            List<ScoredSentence> mine = kept.stream()
                    .filter(s -> s.passageId().equals(p.passage().id()))
                    .sorted(Comparator.comparingInt(ScoredSentence::index))
                    .toList();
            if (!mine.isEmpty()) {
                byPassage.put(p.passage(), mine);
            }
        }
        return byPassage;
    }
}
