package org.careloop.policy.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The learned half of a red flag's context: whether the sentence that holds the evidence says the emergency is
 * happening now, to the patient or someone in their care, or only mentions it (denied, over, someone else's, asked
 * about, a figure of speech). {@link ClinicalContext}'s cues decide first; this model, trained on sentences written
 * for each kind ({@code assertions} in the triage exemplars), weighs what the cues let through. A sentence it finds
 * almost surely not present now is raised URGENT instead of EMERGENCY: a clinician sees it soon, the patient is not
 * told to call 999, and nothing is ever made routine by it.
 */
final class AssertionModel {

    /** Sentences longer than this are judged by the segment around the evidence instead. */
    private static final int MAX_SENTENCE_WORDS = 45;

    private final SentenceEncoder encoder;
    private final Predicate<RedFlag> weighed;
    private final ExemplarClassifier classifier;
    private final double threshold;
    private final int maxWords;

    /**
     * {@code weighed} tells which flags rest on one sentence the model can judge: a catalogue phrase or a likeness, not
     * a pattern drawn from several sentences (final arrangements, signs together).
     */
    AssertionModel(
            TriageExemplars.Assertions assertions,
            SentenceEncoder encoder,
            double regularisation,
            int maxWords,
            Predicate<RedFlag> weighed) {
        this.encoder = encoder;
        this.weighed = flag -> flag.severity() == Severity.EMERGENCY
                && judgesASentence(flag.layer())
                && !assertions.unweighedCategories().contains(flag.category())
                && weighed.test(flag);
        this.threshold = assertions.notPresent();
        this.maxWords = maxWords;
        List<float[][]> kinds = new ArrayList<>();
        assertions.notPresentKinds().values().forEach(sentences -> kinds.add(encoder.encodeExemplars(sentences)));
        this.classifier =
                ExemplarClassifier.trained(kinds, encoder.encodeExemplars(assertions.present()), regularisation);
    }

    /**
     * The model of {@code exemplars} as triage uses it: it weighs a catalogue phrase of {@code catalogue} or a likeness,
     * not a pattern drawn from several sentences (final arrangements, signs together), whose rule ids are not the
     * catalogue's.
     */
    static AssertionModel forCatalogue(TriageExemplars exemplars, RedFlagCatalogue catalogue) {
        Set<String> catalogueIds =
                catalogue.rules().stream().map(RedFlagCatalogue.Rule::id).collect(Collectors.toSet());
        return new AssertionModel(
                exemplars.assertions(),
                SentenceEncoder.shared(),
                exemplars.thresholds().regularisation(),
                exemplars.thresholds().maxWords(),
                flag -> flag.layer() == TriageLayer.SEMANTIC || catalogueIds.contains(flag.ruleId()));
    }

    /** {@code flags} with every EMERGENCY from a catalogue phrase or a likeness lowered to URGENT where not present. */
    List<RedFlag> weigh(String text, List<RedFlag> flags) {
        Map<String, Double> judged = new HashMap<>();
        List<RedFlag> out = new ArrayList<>(flags.size());
        for (RedFlag flag : flags) {
            if (weighed.test(flag)) {
                String evidence = evidence(text, flag.start(), flag.end());
                double notPresent = judged.computeIfAbsent(evidence, this::notPresent);
                if (notPresent >= threshold) {
                    flag = new RedFlag(
                            flag.category(),
                            Severity.URGENT,
                            flag.start(),
                            flag.end(),
                            flag.ruleId(),
                            flag.layer(),
                            flag.score());
                }
            }
            out.add(flag);
        }
        return out;
    }

    /** The probability that the sentence does not describe an emergency happening now. */
    double notPresent(String sentence) {
        double[] p = classifier.probabilities(encoder.encode(List.of(sentence))[0]);
        return 1 - p[p.length - 1];
    }

    /** The sentence around [start, end), or the segment around it when the sentence is long. */
    String evidence(String text, int start, int end) {
        int from = ClinicalContext.sentenceStart(text, start);
        // With its full stop or question mark: "what are the signs of a stroke?" asks.
        int to = Math.min(text.length(), ClinicalContext.sentenceEnd(text, Math.max(start, end - 1)) + 1);
        String sentence = text.substring(from, Math.max(from, to)).strip();
        if (!sentence.isEmpty() && sentence.split("\\s+").length <= MAX_SENTENCE_WORDS) {
            return sentence;
        }
        for (MessageSegments.Segment segment : MessageSegments.of(text, maxWords)) {
            if (segment.start() <= start && start < segment.end()) {
                return segment.in(text);
            }
        }
        return text.substring(start, end);
    }

    boolean weighs(RedFlag flag) {
        return weighed.test(flag);
    }

    /** The language screen and a model's opinion judge no sentence, so they are left as they are. */
    private static boolean judgesASentence(TriageLayer layer) {
        return layer == TriageLayer.RULES || layer == TriageLayer.SPELLING || layer == TriageLayer.SEMANTIC;
    }
}
