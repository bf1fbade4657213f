package org.careloop.policy.triage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.careloop.policy.evaluation.LabelledCorpus;
import org.careloop.policy.policy.CurrentPolicy;
import org.careloop.policy.policy.PolicyManifest;

/**
 * Tunes the semantic layer's thresholds on the DEVELOPMENT corpora only (never the held-out test part): for each
 * pair of similarity threshold and margin it prints emergency recall and false alarms of all layers together.
 * A program, not a test:
 * {@code java -cp ... org.careloop.policy.triage.SemanticThresholdTuning dev/triage-dev.jsonl triage.jsonl ...}
 */
public final class SemanticThresholdTuning {

    private record Scored(double probability, double similarity, double margin, boolean present, String category) {}

    private record Message(String id, boolean emergency, boolean raisedWithoutSemantic, List<Scored> segments) {}

    public static void main(String[] args) {
        CurrentPolicy policy = CurrentPolicy.fromClasspath();
        TriageExemplars exemplars = TriageExemplars.load(policy.catalogue(PolicyManifest.TRIAGE_EXEMPLARS));
        Triage others = Triage.fromClasspath(EnumSet.of(TriageLayer.RULES, TriageLayer.SPELLING, TriageLayer.LANGUAGE));
        SemanticTriage semantic = new SemanticTriage(exemplars, SentenceEncoder.shared());
        ClinicalContext context = new ClinicalContext(RedFlagCatalogue.load(policy.catalogue(PolicyManifest.RED_FLAGS))
                .context());
        java.util.regex.Pattern negation = ClinicalContext.words(exemplars.negations());
        double[] regularisations = {0.01};
        List<String> texts = new ArrayList<>();
        List<JsonNode> rows = new ArrayList<>();
        for (String file : args) {
            rows.addAll(LabelledCorpus.read(file));
        }
        List<List<MessageSegments.Segment>> allSegments = new ArrayList<>();
        List<float[][]> allVectors = new ArrayList<>();
        for (JsonNode row : rows) {
            String text = row.get("text").asText().replace('’', '\'');
            texts.add(text);
            List<MessageSegments.Segment> segments = semantic.segments(text);
            allSegments.add(segments);
            allVectors.add(
                    semantic.encode(segments.stream().map(s -> s.in(text)).toList()));
        }
        for (double regularisation : regularisations) {
            ExemplarClassifier classifier = semantic.trainClassifier(regularisation);
            List<Message> messages = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                JsonNode row = rows.get(r);
                String text = texts.get(r);
                List<MessageSegments.Segment> segments = allSegments.get(r);
                float[][] vectors = allVectors.get(r);
                {
                    List<Scored> scored = new ArrayList<>();
                    for (int i = 0; i < segments.size(); i++) {
                        SemanticTriage.Score s = semantic.score(vectors[i], classifier);
                        boolean present = context.assessSegment(
                                        text,
                                        segments.get(i).start(),
                                        segments.get(i).end(),
                                        negation)
                                .raises();
                        scored.add(new Scored(
                                s.probability(),
                                s.similarity(),
                                s.margin(),
                                present,
                                s.category().category()));
                    }
                    messages.add(new Message(
                            row.get("id").asText(),
                            row.get("emergency").asBoolean(),
                            others.assess(text).highestSeverity() == Severity.EMERGENCY,
                            scored));
                }
            }
            System.out.println("regularisation " + regularisation);
            report(messages, Double.NaN, Double.NaN, Double.NaN);
            for (double margin = -0.02; margin <= 0.041; margin += 0.01) {
                for (double floor = 0.60; floor <= 0.701; floor += 0.05) {
                    for (double threshold = 0.50; threshold <= 0.951; threshold += 0.15) {
                        report(messages, threshold, floor, margin);
                    }
                }
            }
            if (System.getProperty("misses") != null
                    && regularisation == Double.parseDouble(System.getProperty("misses"))) {
                double t = Double.parseDouble(System.getProperty("threshold"));
                double m = Double.parseDouble(System.getProperty("margin"));
                for (Message msg : messages) {
                    boolean raised = raised(msg, t, m, -1);
                    if (raised != msg.emergency()) {
                        Scored best = msg.segments().stream()
                                .filter(Scored::present)
                                .max(java.util.Comparator.comparingDouble(Scored::similarity))
                                .orElse(null);
                        System.out.printf("%s %s best=%s%n", raised ? "false alarm" : "missed", msg.id(), best);
                    }
                }
            }
        }
    }

    private static boolean raised(Message msg, double threshold, double floor, double margin) {
        return msg.raisedWithoutSemantic()
                || !Double.isNaN(threshold)
                        && msg.segments().stream()
                                .anyMatch(s -> s.present()
                                        && s.probability() >= threshold
                                        && s.similarity() >= floor
                                        && s.margin() >= margin);
    }

    private static void report(List<Message> messages, double threshold, double floor, double margin) {
        int emergencies = 0;
        int raised = 0;
        int routine = 0;
        int alarms = 0;
        for (Message msg : messages) {
            boolean r = raised(msg, threshold, floor, margin);
            if (msg.emergency()) {
                emergencies++;
                raised += r ? 1 : 0;
            } else {
                routine++;
                alarms += r ? 1 : 0;
            }
        }
        System.out.printf(
                "probability %.2f similarity %.2f margin %+.2f: recall %.3f (%d/%d) false alarms %.3f (%d/%d)%n",
                threshold,
                floor,
                margin,
                (double) raised / emergencies,
                raised,
                emergencies,
                (double) alarms / routine,
                alarms,
                routine);
    }
}
