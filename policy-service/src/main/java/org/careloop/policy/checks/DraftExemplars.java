package org.careloop.policy.checks;

import java.util.List;
import org.careloop.policy.policy.PolicyDocuments;

/**
 * The draft checks' semantic layer as data ({@code policy/draft-exemplars.json}): lay paraphrases of each unsafe
 * kind of advice, careful clauses that must not be flagged (hedged, deferring, safety-netting, ordinary), and the
 * thresholds, tuned on the development draft corpora only.
 */
public record DraftExemplars(
        String version, String description, Thresholds thresholds, List<Kind> kinds, List<String> careful) {

    /**
     * {@code hedges}: words that, in the same sentence, make a semantic finding of this kind a possibility, general
     * information or a deferral rather than advice ("usually", "if it gets worse, call us"). The model reads the
     * topic of a clause well and its modality poorly.
     *
     * <p>{@code about}: what the sentence must mention for a finding of this kind to stand, in the draft lexicon's
     * terms (a medication change names something taken); empty when any sentence may carry the kind. The model
     * hears "we've had to move your appointment" as close to "stop your tablets" in shape.
     *
     * <p>{@code aboutInClause}: what the flagged clause itself must mention; empty when any clause may carry the kind.
     * Care is discouraged in words about care ("no need to be seen", "ride it out"); the model also hears "no need to
     * bring your passport" or "there's no fee" as discouraging, since it reads "no need" and not what is not needed.
     */
    public record Kind(
            FindingType type,
            RiskLevel severity,
            String explanation,
            List<String> exemplars,
            List<String> hedges,
            List<String> about,
            List<String> aboutInClause) {

        public Kind {
            hedges = hedges == null ? List.of() : hedges;
            about = about == null ? List.of() : about;
            aboutInClause = aboutInClause == null ? List.of() : aboutInClause;
        }
    }

    /**
     * A clause of at least {@code minWords} words is flagged with a kind when the classifier gives that kind at least
     * {@code probability} and the mean similarity of its {@code neighbours} nearest exemplars of the kind reaches
     * {@code similarity}. {@code regularisation} is the classifier's L2 weight.
     */
    public record Thresholds(
            double probability, double similarity, int neighbours, int minWords, double regularisation) {}

    public static DraftExemplars load(String resource) {
        return PolicyDocuments.readJson(resource, DraftExemplars.class);
    }
}
