package org.careloop.policy.checks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.careloop.policy.triage.ExemplarClassifier;
import org.careloop.policy.triage.SentenceEncoder;

/**
 * The draft checks' semantic layer, for unsafe advice in words no rule lists ("leave the statin in the cupboard",
 * "no call for a check-up"): each clause of the draft is embedded in process and a logistic regression trained on
 * {@link DraftExemplars} gives it a kind of unsafe advice or "careful". It only adds findings to the rules'.
 */
final class SemanticDraftCheck {

    /**
     * How a clause reads as one unsafe kind: the classifier's probability of the kind and how alike its nearest
     * exemplars of the kind are. Every kind is scored: a clause can be two at once ("it's only a bruise, nobody needs
     * to look at it").
     */
    record Score(DraftExemplars.Kind kind, double probability, double similarity) {}

    /** A span of the draft to score, and its text as the model sees it. */
    record Unit(int start, int end, String text, String sentence) {}

    /** Building a layer embeds every exemplar: one per exemplar set. */
    private static final Map<DraftExemplars, SemanticDraftCheck> BUILT = new ConcurrentHashMap<>();
    /** A line that is an item of a list: a bullet, or a number with a full stop or bracket. */
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[•◦▪‣*-]|\\d{1,2}[.)])\\s");
    /** An opening salutation is no part of what a clause says ("Hi [NAME_1], you have ..."). */
    private static final Pattern SALUTATION = Pattern.compile(
            "^(?:(?:hi|hello|hey|dear|good\\s+(?:morning|afternoon|evening))\\b\\s*(?:\\[[A-Z_]+_\\d+]|[\\p{L}.]+)?|\\[[A-Z_]+_\\d+])\\s*[,!:\u2013\u2014-]*\\s*",
            Pattern.CASE_INSENSITIVE);

    /**
     * A clause that opens with sympathy or thanks gives back what the patient wrote ("sorry the big toe has flared up
     * again", "thanks for letting us know she's more muddled"): it names the patient's trouble, not a diagnosis. It
     * can still give advice ("sorry they upset you, just stop them"), so it is excused of a diagnosis only.
     */
    private static final Pattern ACKNOWLEDGEMENT = Pattern.compile(
            "^(?:(?:i['’]m|i\\s+am|we['’]re|we\\s+are|so|really|very|oh|aw+)\\s+)*(?:sorry|thanks?(?:\\s+you)?(?:\\s+so\\s+much)?\\s+for"
                    + "|poor\\s+(?:you|thing))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final DraftExemplars exemplars;
    private final SentenceEncoder encoder;
    private final List<float[][]> kindVectors = new ArrayList<>();
    private final Map<FindingType, List<Pattern>> hedges = new EnumMap<>(FindingType.class);
    private final ExemplarClassifier classifier;

    private SemanticDraftCheck(DraftExemplars exemplars, SentenceEncoder encoder) {
        this.exemplars = exemplars;
        this.encoder = encoder;
        for (DraftExemplars.Kind kind : exemplars.kinds()) {
            hedges.put(
                    kind.type(),
                    kind.hedges().stream()
                            .map(h -> Pattern.compile(
                                    "(?<![\\p{L}\\p{N}])(?:" + h + ")(?![\\p{L}\\p{N}])",
                                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                            .toList());
            kindVectors.add(encoder.encodeExemplars(kind.exemplars()));
        }
        this.classifier = ExemplarClassifier.trained(
                kindVectors,
                encoder.encodeExemplars(exemplars.careful()),
                exemplars.thresholds().regularisation());
    }

    static SemanticDraftCheck of(DraftExemplars exemplars) {
        return BUILT.computeIfAbsent(exemplars, e -> new SemanticDraftCheck(e, SentenceEncoder.shared()));
    }

    String version() {
        return exemplars.version();
    }

    /** Findings for the clauses the model reads as unsafe advice and their sentence does not hedge, each spanning its clause. */
    List<Finding> findings(String draft, List<Sentences.Sentence> sentences) {
        List<Unit> units = units(draft, sentences);
        List<List<Score>> scores = score(units);
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            for (Score s : scores.get(i)) {
                if (flags(s)
                        && !hedged(s.kind().type(), u.sentence())
                        && !acknowledges(s.kind().type(), u.text())) {
                    found.add(new Finding(
                            s.kind().type(),
                            s.kind().severity(),
                            u.start(),
                            u.end(),
                            String.format(
                                    Locale.ROOT,
                                    "%s (semantic check, score %.2f)",
                                    s.kind().explanation(),
                                    s.probability())));
                }
            }
        }
        return found;
    }

    private static boolean acknowledges(FindingType type, String clause) {
        return type == FindingType.DEFINITIVE_DIAGNOSIS
                && ACKNOWLEDGEMENT.matcher(clause).lookingAt();
    }

    boolean hedged(FindingType type, String sentence) {
        return hedges.getOrDefault(type, List.of()).stream()
                .anyMatch(h -> h.matcher(sentence).find());
    }

    boolean flags(Score s) {
        DraftExemplars.Thresholds t = exemplars.thresholds();
        return s.probability() >= t.probability() && s.similarity() >= t.similarity();
    }

    /**
     * The clauses of the draft long enough to say something, without their opening salutation. A list item is read
     * with the line that introduces its list ("Call us if you notice any of these:"), which hedges it as its own
     * sentence would.
     */
    List<Unit> units(String draft, List<Sentences.Sentence> sentences) {
        List<Unit> units = new ArrayList<>();
        String listIntro = null;
        for (Sentences.Sentence sentence : sentences) {
            String line = sentence.text().strip();
            boolean item = LIST_ITEM.matcher(line).lookingAt();
            String context = item && listIntro != null ? listIntro + " " + sentence.text() : sentence.text();
            if (line.endsWith(":")) {
                listIntro = line;
            } else if (!item && !line.isEmpty()) {
                listIntro = null;
            }
            for (Clauses.Clause clause : Clauses.of(sentence)) {
                String text = draft.substring(clause.start(), clause.end());
                var salutation = SALUTATION.matcher(text);
                int skip = salutation.lookingAt() ? salutation.end() : 0;
                String said = text.substring(skip).strip();
                if (said.split("\\s+").length >= exemplars.thresholds().minWords()) {
                    units.add(new Unit(clause.start() + skip, clause.end(), said, context));
                }
            }
        }
        return units;
    }

    /** For each unit, its score for every kind. */
    List<List<Score>> score(List<Unit> units) {
        float[][] vectors = encoder.encode(units.stream().map(Unit::text).toList());
        int careful = kindVectors.size();
        List<List<Score>> scores = new ArrayList<>();
        for (float[] v : vectors) {
            double[] p = classifier.probabilities(v);
            List<Score> unit = new ArrayList<>();
            for (int k = 0; k < careful; k++) {
                unit.add(new Score(
                        exemplars.kinds().get(k),
                        p[k],
                        SentenceEncoder.meanOfNearest(
                                kindVectors.get(k), v, exemplars.thresholds().neighbours())));
            }
            scores.add(unit);
        }
        return scores;
    }
}
