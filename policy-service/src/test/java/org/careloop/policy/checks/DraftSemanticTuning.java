package org.careloop.policy.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.careloop.policy.evaluation.LabelledCorpus;
import org.careloop.policy.policy.CurrentPolicy;
import org.careloop.policy.policy.PolicyManifest;

/**
 * Tunes the draft semantic layer's thresholds on the development draft corpora only (never {@code corpus/test/}):
 * for each pair of probability and similarity thresholds, the share of unsafe labels of the kinds it covers that the
 * rules and the layer together find, and the share of safe drafts flagged with any unsafe kind. A program, not a test:
 * {@code java -cp ... org.careloop.policy.checks.DraftSemanticTuning [-v]}.
 */
public final class DraftSemanticTuning {

    private static final List<String> DEV = List.of(
            "dev/drafts-dev.jsonl",
            "dev/drafts-dev-2.jsonl",
            "dev/drafts-dev-3.jsonl",
            "dev/drafts-dev-4.jsonl",
            "dev/drafts-dev-5.jsonl",
            "dev/drafts-dev-6.jsonl",
            "dev/drafts-dev-7.jsonl",
            "dev/drafts-dev-8.jsonl",
            "dev/drafts-dev-9.jsonl",
            "dev/drafts-dev-10.jsonl",
            "dev/drafts-dev-11.jsonl",
            "dev/drafts-dev-12.jsonl",
            "dev/drafts-dev-13.jsonl",
            "drafts.jsonl");
    private static final Set<String> UNSAFE = Set.of(
            "DOSING_ADVICE",
            "MEDICATION_CHANGE",
            "DEFINITIVE_DIAGNOSIS",
            "DISCOURAGES_CARE",
            "GUARANTEE",
            "IDENTIFIER_LEAK",
            "EMERGENCY_NOT_ADDRESSED");

    /** A development draft: its labels, what the rules alone find, and its scored clauses. */
    private record Scored(
            String id,
            Set<String> gold,
            Set<String> rules,
            List<SemanticDraftCheck.Unit> units,
            List<SemanticDraftCheck.Score> scores,
            List<Boolean> excused) {}

    public static void main(String[] args) {
        boolean verbose = args.length > 0 && args[0].equals("-v");
        CurrentPolicy policy = CurrentPolicy.fromClasspath();
        DraftExemplars exemplars = DraftExemplars.load(policy.catalogue(PolicyManifest.DRAFT_EXEMPLARS));
        DraftExemplars never = new DraftExemplars(
                exemplars.version(),
                exemplars.description(),
                new DraftExemplars.Thresholds(
                        2,
                        2,
                        exemplars.thresholds().neighbours(),
                        exemplars.thresholds().minWords(),
                        exemplars.thresholds().regularisation()),
                exemplars.kinds(),
                exemplars.careful());
        DraftChecker rulesOnly = checker(policy, never);
        SemanticDraftCheck semantic = SemanticDraftCheck.of(exemplars);
        List<Scored> drafts = new ArrayList<>();
        for (String file : DEV) {
            for (JsonNode row : LabelledCorpus.read(file)) {
                String draft = row.get("draftText").asText();
                Set<String> gold = new HashSet<>();
                row.get("findings").forEach(f -> gold.add(f.asText()));
                gold.retainAll(UNSAFE);
                Set<String> rules = new HashSet<>(LabelledCorpus.draftFindingTypes(rulesOnly, row));
                rules.retainAll(UNSAFE);
                List<Sentences.Sentence> sentences = Sentences.of(draft);
                List<SemanticDraftCheck.Unit> clauses = semantic.units(draft, sentences);
                List<List<SemanticDraftCheck.Score>> perKind = semantic.score(clauses);
                List<SemanticDraftCheck.Unit> units = new ArrayList<>();
                List<SemanticDraftCheck.Score> scores = new ArrayList<>();
                List<Boolean> excused = new ArrayList<>();
                DraftChecker.PhraseMatches phrases = rulesOnly.phraseFindings(draft, sentences);
                for (int i = 0; i < clauses.size(); i++) {
                    SemanticDraftCheck.Unit clause = clauses.get(i);
                    for (SemanticDraftCheck.Score s : perKind.get(i)) {
                        units.add(clause);
                        scores.add(s);
                        Finding asFinding =
                                new Finding(s.kind().type(), s.kind().severity(), clause.start(), clause.end(), "");
                        excused.add(rulesOnly.overruled(asFinding, draft, sentences, phrases)
                                || semantic.hedged(s.kind().type(), clause.sentence()));
                    }
                }
                drafts.add(new Scored(file + ":" + row.get("id").asText(), gold, rules, units, scores, excused));
            }
        }
        drafts.addAll(longCarefulDrafts(drafts));
        if (verbose) {
            for (Scored d : drafts) {
                for (int i = 0; i < d.units().size(); i++) {
                    SemanticDraftCheck.Score s = d.scores().get(i);
                    System.out.printf(
                            Locale.ROOT,
                            "%-34s gold=%-40s %-22s p=%.2f sim=%.2f %s | %s%n",
                            d.id(),
                            d.gold(),
                            s.kind().type(),
                            s.probability(),
                            s.similarity(),
                            d.excused().get(i) ? "excused" : "stands ",
                            d.units().get(i).text());
                }
            }
        }
        System.out.printf(
                "%-6s %-6s %8s %8s %8s %8s %8s %8s %8s %8s%n",
                "prob", "sim", "DIAG", "MED", "CARE", "GUAR", "DOSE", "all5", "safeFl", "long4Fl");
        for (double p = 0.3; p <= 0.951; p += 0.05) {
            for (double sim = 0.5; sim <= 0.801; sim += 0.05) {
                report(drafts, p, sim);
            }
        }
        report(drafts, 2, 2);
    }

    /**
     * Careful drafts of other authors run to several paragraphs: every four safe development drafts, one after the
     * other, stand for one such draft, so that the false-flag rate reflects how many clauses a real reply has.
     */
    private static List<Scored> longCarefulDrafts(List<Scored> drafts) {
        List<Scored> safe = drafts.stream().filter(d -> d.gold().isEmpty()).toList();
        List<Scored> long4 = new ArrayList<>();
        for (int i = 0; i + 4 <= safe.size(); i += 4) {
            Set<String> rules = new HashSet<>();
            List<SemanticDraftCheck.Unit> units = new ArrayList<>();
            List<SemanticDraftCheck.Score> scores = new ArrayList<>();
            List<Boolean> excused = new ArrayList<>();
            for (Scored d : safe.subList(i, i + 4)) {
                rules.addAll(d.rules());
                units.addAll(d.units());
                scores.addAll(d.scores());
                excused.addAll(d.excused());
            }
            long4.add(new Scored("long-careful-" + i, Set.of("LONG"), rules, units, scores, excused));
        }
        return long4;
    }

    private static void report(List<Scored> drafts, double p, double sim) {
        List<String> kinds =
                List.of("DEFINITIVE_DIAGNOSIS", "MEDICATION_CHANGE", "DISCOURAGES_CARE", "GUARANTEE", "DOSING_ADVICE");
        int[] gold = new int[5];
        int[] found = new int[5];
        int safe = 0;
        int safeFlagged = 0;
        int longSafe = 0;
        int longFlagged = 0;
        for (Scored d : drafts) {
            Set<String> predicted = new HashSet<>(d.rules());
            for (int i = 0; i < d.scores().size(); i++) {
                SemanticDraftCheck.Score s = d.scores().get(i);
                if (s.probability() >= p
                        && s.similarity() >= sim
                        && !d.excused().get(i)) {
                    predicted.add(s.kind().type().name());
                }
            }
            for (int k = 0; k < 5; k++) {
                if (d.gold().contains(kinds.get(k))) {
                    gold[k]++;
                    found[k] += predicted.contains(kinds.get(k)) ? 1 : 0;
                }
            }
            if (d.gold().isEmpty()) {
                safe++;
                safeFlagged += predicted.isEmpty() ? 0 : 1;
            }
            if (d.gold().contains("LONG")) {
                longSafe++;
                longFlagged += predicted.isEmpty() ? 0 : 1;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%-6.2f %-6.2f %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f%n",
                p,
                sim,
                (double) found[0] / gold[0],
                (double) found[1] / gold[1],
                (double) found[2] / gold[2],
                (double) found[3] / gold[3],
                (double) found[4] / gold[4],
                (double) Arrays.stream(found).sum() / Arrays.stream(gold).sum(),
                (double) safeFlagged / safe,
                (double) longFlagged / longSafe);
    }

    private static DraftChecker checker(CurrentPolicy policy, DraftExemplars exemplars) {
        return new DraftChecker(
                policy.version(),
                DraftRules.load(policy.catalogue(PolicyManifest.DRAFT_RULES)),
                DraftLexicon.load(policy.catalogue(PolicyManifest.DRAFT_LEXICON)),
                StigmatisingTerms.load(policy.catalogue(PolicyManifest.STIGMATISING_TERMS)),
                exemplars,
                new org.careloop.policy.deid.Deidentifier(policy),
                org.careloop.policy.deid.DeidLexicon.load(policy.catalogue(PolicyManifest.DEIDENTIFICATION)),
                8.0);
    }
}
