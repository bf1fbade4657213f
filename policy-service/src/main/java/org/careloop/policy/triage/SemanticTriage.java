package org.careloop.policy.triage;

import java.util.ArrayList;
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
            categoryVectors.add(encoder.encodeExemplars(category.exemplars()));
        }
        this.notEmergencyVectors = encoder.encodeExemplars(exemplars.notEmergency());
        this.negation = ClinicalContext.words(exemplars.negations());
        this.classifier = trainClassifier(exemplars.thresholds().regularisation());
    }

    String version() {
        return exemplars.version();
    }

    List<RedFlag> assess(String text, ClinicalContext context) {
        List<MessageSegments.Segment> segments =
                MessageSegments.of(text, exemplars.thresholds().maxWords());
        float[][] vectors =
                encoder.encode(segments.stream().map(s -> s.in(text)).toList());
        List<RedFlag> flags = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            double[] p = classifier.probabilities(vectors[i]);
            if (emergencyProbability(p) < exemplars.thresholds().urgent()) {
                // Routine whatever the similarities, which cost far more to find than the probabilities.
                continue;
            }
            Score score = score(vectors[i], p);
            Severity severity = severity(score);
            if (severity == Severity.ROUTINE) {
                continue;
            }
            MessageSegments.Segment segment = segments.get(i);
            Assertion assertion = context.assessSegment(text, segment.start(), segment.end(), negation);
            if (!assertion.raises()) {
                continue;
            }
            severity = assertion.raisedAt(
                    severity, score.category().resolvable(), score.category().acute());
            if (severity == Severity.EMERGENCY && score.category().reassurable() && context.reassured(text)) {
                // A sentence's likeness to an emergency is the least certain evidence there is; a message that also
                // says things are normal now is more often the mild version (a bump with a small lump, a local sting).
                severity = Severity.URGENT;
            }
            String category = score.category().category();
            if (category.equals(InfantFever.CATEGORY) && InfantFever.olderBabyWithoutFever(text)) {
                severity = severity.min(Severity.URGENT);
            }
            flags.add(new RedFlag(
                    category,
                    severity,
                    segment.start(),
                    segment.end(),
                    "semantic-" + category.toLowerCase(Locale.ROOT).replace('_', '-'),
                    TriageLayer.SEMANTIC,
                    Math.round(score.probability() * 1000) / 1000.0));
        }
        return flags;
    }

    Severity severity(Score score) {
        TriageExemplars.Thresholds t = exemplars.thresholds();
        Severity raised = Severity.ROUTINE;
        if (score.similarity() >= t.similarity()
                && score.probability() >= t.emergency()
                && score.margin() >= t.margin()) {
            raised = Severity.EMERGENCY;
        } else if (score.similarity() >= t.similarity() && score.probability() >= t.urgent()) {
            raised = Severity.URGENT;
        }
        // A category never raises above its own severity.
        Severity ceiling = score.category().severity();
        return raised.ordinal() > ceiling.ordinal() ? ceiling : raised;
    }

    Score score(float[] vector, ExemplarClassifier classifier) {
        return score(vector, classifier.probabilities(vector));
    }

    /** The last class is "not an emergency". */
    private static double emergencyProbability(double[] p) {
        return 1 - p[p.length - 1];
    }

    private Score score(float[] vector, double[] p) {
        int k = exemplars.thresholds().neighbours();
        int bestClass = 0;
        for (int c = 1; c < categoryVectors.size(); c++) {
            if (p[c] > p[bestClass]) {
                bestClass = c;
            }
        }
        return new Score(
                exemplars.categories().get(bestClass),
                SentenceEncoder.meanOfNearest(categoryVectors.get(bestClass), vector, k),
                SentenceEncoder.meanOfNearest(notEmergencyVectors, vector, k),
                emergencyProbability(p));
    }

    /** Classes 0..n-1 are the categories in catalogue order, class n is "not an emergency". */
    ExemplarClassifier trainClassifier(double regularisation) {
        return ExemplarClassifier.trained(categoryVectors, notEmergencyVectors, regularisation);
    }

    List<MessageSegments.Segment> segments(String text) {
        return MessageSegments.of(text, exemplars.thresholds().maxWords());
    }

    float[][] encode(List<String> sentences) {
        return encoder.encode(sentences);
    }
}
