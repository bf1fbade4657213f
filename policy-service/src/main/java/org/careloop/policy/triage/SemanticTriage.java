package org.careloop.policy.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The semantic layer: each segment of a message is embedded in-process and compared with the labelled exemplars
 * of every red-flag category and with sentences that only sound alarming. It catches emergencies described
 * without the catalogue's words ("feels like an elephant is sitting on my chest"); context (negation, history,
 * other people, hypotheticals) is still decided by {@link ClinicalContext}.
 */
final class SemanticTriage {

    /** The similarity of a segment to its nearest category and to the nearest non-emergencies. */
    record Score(TriageExemplars.Category category, double similarity, double notEmergency, double probability) {
        double margin() {
            return similarity - notEmergency;
        }
    }

    private final TriageExemplars exemplars;
    private final SentenceEncoder encoder;
    private final List<float[][]> categoryVectors = new ArrayList<>();
    private final float[][] notEmergencyVectors;
    private final java.util.regex.Pattern negation;
    private final ExemplarClassifier classifier;

    SemanticTriage(TriageExemplars exemplars, SentenceEncoder encoder) {
        this.exemplars = exemplars;
        this.encoder = encoder;
        for (TriageExemplars.Category category : exemplars.categories()) {
            categoryVectors.add(encoder.encode(category.exemplars()));
        }
        this.notEmergencyVectors = encoder.encode(exemplars.notEmergency());
        this.negation = ClinicalContext.words(exemplars.negations());
        this.classifier = trainClassifier(exemplars.thresholds().regularisation());
    }

    String version() {
        return exemplars.version();
    }

    List<RedFlag> assess(String text, ClinicalContext context) {
        List<MessageSegments.Segment> segments = MessageSegments.of(text, exemplars.thresholds().maxWords());
        float[][] vectors = encoder.encode(segments.stream().map(s -> s.in(text)).toList());
        List<RedFlag> flags = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Score score = score(vectors[i]);
            Severity severity = severity(score);
            if (severity == Severity.ROUTINE) {
                continue;
            }
            MessageSegments.Segment segment = segments.get(i);
            if (context.assessSegment(text, segment.start(), segment.end(), negation) != Assertion.PRESENT) {
                continue;
            }
            String category = score.category().category();
            flags.add(new RedFlag(category, severity, segment.start(), segment.end(),
                    "semantic-" + category.toLowerCase(Locale.ROOT).replace('_', '-'), TriageLayer.SEMANTIC,
                    Math.round(score.probability() * 1000) / 1000.0));
        }
        return flags;
    }

    Severity severity(Score score) {
        TriageExemplars.Thresholds t = exemplars.thresholds();
        Severity raised = Severity.ROUTINE;
        if (score.similarity() >= t.similarity() && score.probability() >= t.emergency()
                && score.margin() >= t.margin()) {
            raised = Severity.EMERGENCY;
        } else if (score.similarity() >= t.similarity() && score.probability() >= t.urgent()) {
            raised = Severity.URGENT;
        }
        // A category never raises above its own severity.
        Severity ceiling = score.category().severity();
        return raised.ordinal() > ceiling.ordinal() ? ceiling : raised;
    }

    Score score(float[] vector) {
        return score(vector, classifier);
    }

    Score score(float[] vector, ExemplarClassifier classifier) {
        int k = exemplars.thresholds().neighbours();
        double[] p = classifier.probabilities(vector);
        int bestClass = 0;
        for (int c = 1; c < categoryVectors.size(); c++) {
            if (p[c] > p[bestClass]) {
                bestClass = c;
            }
        }
        return new Score(exemplars.categories().get(bestClass), topMean(categoryVectors.get(bestClass), vector, k),
                topMean(notEmergencyVectors, vector, k), 1 - p[categoryVectors.size()]);
    }

    /** Classes 0..n-1 are the categories in catalogue order, class n is "not an emergency". */
    ExemplarClassifier trainClassifier(double regularisation) {
        List<float[]> vectors = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int c = 0; c < categoryVectors.size(); c++) {
            for (float[] v : categoryVectors.get(c)) {
                vectors.add(v);
                labels.add(c);
            }
        }
        for (float[] v : notEmergencyVectors) {
            vectors.add(v);
            labels.add(categoryVectors.size());
        }
        return new ExemplarClassifier(vectors.toArray(new float[0][]),
                labels.stream().mapToInt(Integer::intValue).toArray(), categoryVectors.size() + 1, regularisation);
    }

    List<MessageSegments.Segment> segments(String text) {
        return MessageSegments.of(text, exemplars.thresholds().maxWords());
    }

    float[][] encode(List<String> sentences) {
        return encoder.encode(sentences);
    }

    private static double topMean(float[][] vectors, float[] query, int k) {
        double[] top = new double[Math.min(k, vectors.length)];
        Arrays.fill(top, -1);
        for (float[] v : vectors) {
            double s = SentenceEncoder.dot(v, query);
            if (s > top[top.length - 1]) {
                int i = top.length - 1;
                while (i > 0 && top[i - 1] < s) {
                    top[i] = top[i - 1];
                    i--;
                }
                top[i] = s;
            }
        }
        return Arrays.stream(top).average().orElse(0);
    }
}
