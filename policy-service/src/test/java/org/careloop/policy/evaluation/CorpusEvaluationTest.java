package org.careloop.policy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careloop.policy.checks.DraftChecker;
import org.careloop.policy.deid.DeidEntity;
import org.careloop.policy.deid.Deidentifier;
import org.careloop.policy.triage.RedFlag;
import org.careloop.policy.triage.Severity;
import org.careloop.policy.triage.Triage;
import org.careloop.policy.triage.TriageResult;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision over the labelled corpora in {@code src/test/resources/corpus}, printed per identifier
 * type, per red-flag category and per finding type; fails under the thresholds of issue 3.
 */
class CorpusEvaluationTest {

    /** Counts per label: gold items, gold items found, predictions, correct predictions. */
    private static final class Scores {
        final Map<String, int[]> byLabel = new TreeMap<>();

        void gold(String label, boolean found) {
            int[] s = byLabel.computeIfAbsent(label, l -> new int[4]);
            s[0]++;
            if (found) {
                s[1]++;
            }
        }

        void predicted(String label, boolean correct) {
            int[] s = byLabel.computeIfAbsent(label, l -> new int[4]);
            s[2]++;
            if (correct) {
                s[3]++;
            }
        }

        double recall() {
            int gold = byLabel.values().stream().mapToInt(s -> s[0]).sum();
            int found = byLabel.values().stream().mapToInt(s -> s[1]).sum();
            return gold == 0 ? 1.0 : (double) found / gold;
        }

        double precision() {
            int predicted = byLabel.values().stream().mapToInt(s -> s[2]).sum();
            int correct = byLabel.values().stream().mapToInt(s -> s[3]).sum();
            return predicted == 0 ? 1.0 : (double) correct / predicted;
        }

        void print(String title) {
            System.out.printf("%n%s%n%-26s %6s %6s %8s %9s%n", title, "label", "gold", "pred", "recall", "precision");
            byLabel.forEach((label, s) -> System.out.printf(
                    "%-26s %6d %6d %8.3f %9.3f%n",
                    label,
                    s[0],
                    s[2],
                    s[0] == 0 ? Double.NaN : (double) s[1] / s[0],
                    s[2] == 0 ? Double.NaN : (double) s[3] / s[2]));
            System.out.printf("%-26s %6s %6s %8.3f %9.3f%n", "ALL", "", "", recall(), precision());
        }
    }

    private static List<JsonNode> corpus(String name) {
        return LabelledCorpus.read(name);
    }

    @Test
    void identifiersShouldBeFoundWithRecallOfAtLeast95Percent() throws IOException {
        Scores templated = identifierScores("deid.jsonl");
        Scores handwritten = identifierScores("deid-handwritten.jsonl");
        assertThat(templated.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(handwritten.recall()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The development corpus (written before the generalised recognizers, used to tune them); the held-out test
     * half under {@code corpus/test/} is evaluated elsewhere, by others.
     */
    @Test
    void developmentCorpusIdentifiersAreReported() throws IOException {
        Scores dev = identifierScores("dev/deid-dev.jsonl");
        assertThat(dev.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(dev.precision()).isGreaterThanOrEqualTo(0.97);
    }

    /**
     * The second development corpus: messages in other voices (carers, teenagers, older relatives, non-native
     * English, UK, Canadian, Australian and European formats), written before the detector was run on them.
     */
    @Test
    void secondDevelopmentCorpusIdentifiersAreReported() throws IOException {
        Scores dev = identifierScores("dev/deid-dev-2.jsonl");
        assertThat(dev.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(dev.precision()).isGreaterThanOrEqualTo(0.97);
    }

    /**
     * The third development corpus (2026-11-30), weighted towards names without cues: lower-case, accented, first
     * of a pair, sign-offs in every style, names that are also words. Written before the detector was run on it.
     */
    @Test
    void thirdDevelopmentCorpusIdentifiersAreReported() throws IOException {
        Scores dev = identifierScores("dev/deid-dev-3.jsonl");
        assertThat(dev.recall()).isGreaterThanOrEqualTo(FIRST_DEID_DEV_3_RECALL);
        assertThat(dev.precision()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The fourth identifier development corpus (2026-11-30, fifth session: 100 messages, 15 without identifiers but
     * with traps), written by another author before the detector was run on it. First measured with policy
     * 2026.11-11: removed 0.905 (228/252), precision of the type found 0.947; policy 2026.11-12 was developed on it
     * (0.937).
     */
    @Test
    void fourthDevelopmentCorpusIdentifiersAreReported() throws IOException {
        Scores dev = identifierScores("dev/deid-dev-4.jsonl");
        assertThat(dev.recall()).isGreaterThanOrEqualTo(0.92);
        // by type: its writer labelled ages over 89 DATE, the detector names them AGE_90_PLUS; and left a month alone
        // ("in July") unlabelled, which Safe Harbor counts as an element of a date and policy 2026.12-1 removes
        assertThat(dev.precision()).isGreaterThanOrEqualTo(0.92);
    }

    /**
     * The fifth identifier development corpus (2026-12-01, sixth session: 100 messages by another author, written
     * before the detector was run on it). First measured with policy 2026.11-12: removed 0.852 (270/317); policy
     * 2026.12-1 was developed on it (0.931, by type 0.883): signatures after the last sentence, months, spoken phone numbers, labelled
     * codes, flats in named buildings.
     */
    @Test
    void fifthDevelopmentCorpusIdentifiersAreReported() throws IOException {
        Scores dev = identifierScores("dev/deid-dev-5.jsonl");
        // by type (removed whatever the type: 0.931)
        assertThat(dev.recall()).isGreaterThanOrEqualTo(0.88);
        assertThat(dev.precision()).isGreaterThanOrEqualTo(0.91);
    }

    /**
     * The sixth identifier development corpus (2026-12-01, seventh session: 100 messages by another author, most of
     * them in or mixed with other languages). First measured with policy 2026.12-1: removed 0.836 (361/432); policy
     * 2026.12-2 was developed on it (0.875): ages over 89 in words and other languages, introductions in other
     * languages and scripts, a relation with a bracketed name, holidays that date an event, Polish, Romanian and
     * Turkish months.
     */
    @Test
    void sixthDevelopmentCorpusIdentifiersAreReported() throws IOException {
        Scores dev = identifierScores("dev/deid-dev-6.jsonl");
        // by type (removed whatever the type: 0.875): national numbers such as a Romanian CNP or an Irish PPS are
        // read as account numbers, and places in other languages' sentences are missed
        assertThat(dev.recall()).isGreaterThanOrEqualTo(0.82);
        assertThat(dev.precision()).isGreaterThanOrEqualTo(0.85);
    }

    /**
     * The seventh identifier development corpus (2026-12-01, eighth session: 100 messages by another author: forwarded
     * chains, care-home lists, letters, names without an introduction, places of many countries). First measured with
     * policy 2026.12-2: removed 0.862 (388/450, a courtesy title marked inside a name not asked for); policy 2026.12-3
     * was developed on it (0.898): British street endings, named homes, unknown towns after "in"/"from", register-style
     * names, Russian months, a weekday with its day and month.
     */
    @Test
    void seventhDevelopmentCorpusIdentifiersAreReported() throws IOException {
        Scores dev = identifierScores("dev/deid-dev-7.jsonl");
        assertThat(dev.recall()).isGreaterThanOrEqualTo(0.80);
        assertThat(dev.precision()).isGreaterThanOrEqualTo(0.90);
    }

    /**
     * The eighth identifier development corpus (2026-12-02, ninth session: 110 messages by a records clerk's voice:
     * card and bank numbers, licences, plans, devices, Irish, Welsh and Romanian addresses). First measured with policy
     * 2026.12-3: wholly removed 0.861 (321/373); policy 2026.12-4 was developed on it (0.882, 329/373): a card's or an
     * IBAN's layout even where the checksum fails, a masked card, an account after "acc" or "card ending in", the year
     * of birth alone, a day before a lower-case "march", an address after a bare "at" with a house number, from a house
     * name with "The" and over Welsh "y". (By type, as this test counts: recall 0.869, precision 0.894.)
     */
    @Test
    void eighthDevelopmentCorpusIdentifiersAreReported() throws IOException {
        Scores dev = identifierScores("dev/deid-dev-8.jsonl");
        assertThat(dev.recall()).isGreaterThanOrEqualTo(0.86);
        assertThat(dev.precision()).isGreaterThanOrEqualTo(0.88);
    }

    /**
     * The ninth and tenth identifier development corpora (2026-12-02, eleventh session: 110 messages each by two more
     * authors, written for names above all: 225 and 295 names in every position, from every culture, many of them also
     * words). First measured with policy 2026.12-5: wholly removed 301/342 and 415/478 (DeidDiag's count); policy
     * 2026.12-6 was developed on them: a given name with the person's role, particles joined by a hyphen and Welsh
     * "ap", a given name and a known surname alone on the last line, sign-offs in other languages (by type, as this
     * test counts: recall 0.877 and 0.883, precision 0.886 and 0.911).
     */
    @Test
    void ninthDevelopmentCorpusIdentifiersAreReported() throws IOException {
        Scores dev = identifierScores("dev/deid-dev-9.jsonl");
        assertThat(dev.recall()).isGreaterThanOrEqualTo(0.87);
        assertThat(dev.precision()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void tenthDevelopmentCorpusIdentifiersAreReported() throws IOException {
        Scores dev = identifierScores("dev/deid-dev-10.jsonl");
        assertThat(dev.recall()).isGreaterThanOrEqualTo(0.88);
        assertThat(dev.precision()).isGreaterThanOrEqualTo(0.91);
    }

    private Scores identifierScores(String file) throws IOException {
        Deidentifier deid = Deidentifier.fromClasspath();
        Scores scores = new Scores();
        List<JsonNode> rows = corpus(file);
        for (JsonNode row : rows) {
            LabelledCorpus.MarkedText marked =
                    LabelledCorpus.unmark(row.get("text").asText());
            List<LabelledCorpus.Gold> gold = marked.gold();
            List<DeidEntity> found = deid.deidentify(marked.text()).entities();
            for (LabelledCorpus.Gold g : gold) {
                boolean hit = found.stream()
                        .anyMatch(e -> e.type().name().equals(g.type()) && e.start() < g.end() && g.start() < e.end());
                scores.gold(g.type(), hit);
                if (!hit) {
                    System.out.println(
                            "missed " + g.type() + " in " + row.get("id").asText());
                }
            }
            for (DeidEntity e : found) {
                boolean right = gold.stream()
                        .anyMatch(g -> e.type().name().equals(g.type()) && e.start() < g.end() && g.start() < e.end());
                scores.predicted(e.type().name(), right);
                if (!right) {
                    System.out.println(
                            "spurious " + e.type() + " in " + row.get("id").asText());
                }
            }
        }
        scores.print("Identifiers in " + file + " (" + rows.size() + " messages)");
        return scores;
    }

    @Test
    void emergenciesShouldBeRaisedWithRecallOfAtLeast97PercentAndFewFalseAlarms() throws IOException {
        emergencyScores("triage.jsonl");
    }

    /** Hand-written hard cases (hedged, lower-case, mixed history and present); reported, with the same thresholds. */
    @Test
    void hardEmergenciesShouldMeetTheSameThresholds() throws IOException {
        emergencyScores("triage-hard.jsonl");
    }

    /**
     * The triage development corpus by another author, what the semantic layer's thresholds were tuned on. Its
     * routine messages are mostly traps, and its routine messages in other languages are raised by design (a
     * language careloop cannot screen is never routine), so its false-alarm bound is wider than the others'.
     */
    @Test
    void developmentTriageCorpusShouldKeepItsTunedFigures() throws IOException {
        emergencyScores("dev/triage-dev.jsonl", 0.98, 0.14);
    }

    /**
     * A second development corpus by another author (all English: 110 emergencies in eight styles, 120 routine
     * messages in ten kinds of trap), written before the detector was run on it. Its first measurement (recall
     * 103/110, false alarms 39/120) served to check the mention and context changes of red-flags 2026.11-3 on
     * messages they were not written from; since then it is development data like the rest.
     */
    @Test
    void secondDevelopmentTriageCorpusShouldKeepItsFigures() throws IOException {
        emergencyScores("dev/triage-dev-2.jsonl", 0.97, 0.04);
    }

    /**
     * The third triage development corpus (2026-11-30, all English: 60 emergencies, a quarter of them buried in
     * long messages, and 140 routine messages in eight kinds of trap), written before the detector was run on it.
     * First measured at recall 57/60 and false alarms 28/140 with that day's first context changes; the care-received,
     * gradual-onset, near-miss, stated-age and generic-question context and the overdose and cauda equina phrases
     * were then developed on it.
     */
    @Test
    void thirdDevelopmentTriageCorpusShouldKeepItsFigures() throws IOException {
        emergencyScores("dev/triage-dev-3.jsonl", 0.96, 0.06);
    }

    /**
     * The fifth triage development corpus (2026-11-30, fifth session: 70 emergencies weighted towards sight loss with
     * temporal arteritis, calm suicidal intent, abuse with danger now and present emergencies beside a past date; 90
     * routine traps), written by another author before the detector was run on it. First measured with policy
     * 2026.11-11 at recall 62/70 and false alarms 10/90; policy 2026.11-12 was developed on it (69/70, 8/90).
     */
    @Test
    void fifthDevelopmentTriageCorpusShouldKeepItsFigures() throws IOException {
        emergencyScores("dev/triage-dev-5.jsonl", 0.98, 0.09);
    }

    /**
     * The sixth triage development corpus (2026-12-01, sixth session: 63 emergencies, 77 routine traps by another
     * author). First measured with policy 2026.11-12 at recall 56/63 and false alarms 9/77 (four of them messages in
     * languages careloop does not screen, sent to a human at once by design); policy 2026.12-1 was developed on it
     * (63/63, 9/77): carbon monoxide in a household, fever without defences, a blocked bowel, seizures in a cluster,
     * someone locked in, overdose with a farewell.
     */
    @Test
    void sixthDevelopmentTriageCorpusShouldKeepItsFigures() throws IOException {
        emergencyScores("dev/triage-dev-6.jsonl", 0.98, 0.12);
    }

    /**
     * The seventh triage development corpus (2026-12-01, seventh session: 68 emergencies, 72 routine traps by another
     * author). First measured with policy 2026.12-1 at recall 65/68 and false alarms 16/72 (eight of them messages in
     * languages careloop does not screen); policy 2026.12-2 was developed on it (68/68, 14/72): Urdu, Hindi and
     * Arabic written in Latin letters are not screened as English, a faint with a prompt recovery is urgent, a
     * semantic sense of an ill baby of three months or more with no fever in its readings is urgent, "went to A&E"
     * is care received.
     */
    @Test
    void seventhDevelopmentTriageCorpusShouldKeepItsFigures() throws IOException {
        emergencyScores("dev/triage-dev-7.jsonl", 0.98, 0.20);
    }

    /**
     * The eighth triage development corpus (2026-12-01, eighth session: 63 emergencies, 77 routine traps by another
     * author, 21 messages not in English). First measured with policy 2026.12-2 at recall 61/63 and false alarms 18/77;
     * policy 2026.12-3 was developed on it (63/63, 16/77): voices or mania with danger now is a mental health
     * emergency, a condition named as a plan or diagnosis is no episode, "giving me chest pains" is an idiom. Policy
     * 2026.12-5 (semantic exemplars of danger from another person and of a mental health crisis) raised one more
     * routine message (17/77).
     */
    @Test
    void eighthDevelopmentTriageCorpusShouldKeepItsFigures() throws IOException {
        emergencyScores("dev/triage-dev-8.jsonl", 0.98, 0.23);
    }

    /**
     * The ninth and tenth triage development corpora (2026-12-02, ninth session: 50 and 51 emergencies, 100 and 99
     * routine messages, most of them traps, all in English, by two more authors). First measured with policy 2026.12-3
     * at recall 46/50 and 49/51, false alarms 12/100 and 17/99; policy 2026.12-4 was developed on them (a hedge is no
     * hypothetical; the assertion model lowers what is only mentioned): 47/50 and 49/51, 9/100 and 13/99.
     */
    @Test
    void ninthAndTenthDevelopmentTriageCorporaShouldKeepTheirFigures() throws IOException {
        emergencyScores("dev/triage-dev-9.jsonl", 0.94, 0.09);
        emergencyScores("dev/triage-dev-10.jsonl", 0.96, 0.14);
    }

    /**
     * The eleventh and twelfth triage development corpora (2026-12-02, eleventh session: 90 emergencies and 60 routine
     * messages each, English, by two more authors: people who downplay, dyslexic spelling, admin messages with the
     * emergency at the end; shift workers, new parents, complications of long-term conditions). First measured with
     * policy 2026.12-5 at recall 88/90 and 88/90, false alarms 4/60 and 2/60; policy 2026.12-6 (the baby a mother had is
     * not her sentence's subject, "is closing up" and "I'm soaking through" say now, a misspelling that sounds like
     * the word) 89/90 and 88/90, the same false alarms.
     */
    @Test
    void eleventhAndTwelfthDevelopmentTriageCorporaShouldKeepTheirFigures() throws IOException {
        emergencyScores("dev/triage-dev-11.jsonl", 0.98, 0.07);
        emergencyScores("dev/triage-dev-12.jsonl", 0.97, 0.04);
    }

    private void emergencyScores(String file) throws IOException {
        emergencyScores(file, 0.97, 0.10);
    }

    private void emergencyScores(String file, double minRecall, double maxFalseAlarms) throws IOException {
        Triage triage = Triage.fromClasspath();
        Scores categories = new Scores();
        int emergencies = 0;
        int raised = 0;
        int others = 0;
        int falseAlarms = 0;
        List<JsonNode> rows = corpus(file);
        for (JsonNode row : rows) {
            TriageResult result = triage.assess(row.get("text").asText());
            boolean emergency = row.get("emergency").asBoolean();
            boolean isRaised = result.highestSeverity() == Severity.EMERGENCY;
            List<String> gold = new ArrayList<>();
            row.get("categories").forEach(c -> gold.add(c.asText()));
            List<String> predicted = result.redFlags().stream()
                    .filter(f -> f.severity() == Severity.EMERGENCY)
                    .map(RedFlag::category)
                    .distinct()
                    .toList();
            if (emergency) {
                emergencies++;
                raised += isRaised ? 1 : 0;
                if (!isRaised) {
                    System.out.println("missed emergency " + row.get("id").asText());
                }
            } else {
                others++;
                falseAlarms += isRaised ? 1 : 0;
                if (isRaised) {
                    System.out.println("false alarm " + row.get("id").asText() + " " + predicted);
                }
            }
            gold.forEach(c -> categories.gold(c, predicted.contains(c)));
            predicted.forEach(c -> categories.predicted(c, gold.contains(c)));
        }
        double recall = (double) raised / emergencies;
        double falseAlarmRate = (double) falseAlarms / others;
        categories.print("Red-flag categories at EMERGENCY in " + file + " (" + rows.size() + " messages)");
        System.out.printf(
                "emergency recall %.3f (%d/%d), false alarms %.3f (%d/%d)%n",
                recall, raised, emergencies, falseAlarmRate, falseAlarms, others);
        assertThat(recall).isGreaterThanOrEqualTo(minRecall);
        assertThat(falseAlarmRate).isLessThanOrEqualTo(maxFalseAlarms);
    }

    /** The finding types that make a draft unsafe; reading level, uncited claims and stigmatising terms are judged apart. */
    /**
     * The third identifier and fourth draft development corpora (2026-11-30). Identifiers were first measured at
     * 0.764 recall, precision 0.954, and the casual-name recognizer, days of the month and ages said in passing were
     * developed on them (0.897); drafts were first
     * measured at 0.911 recall with 6/38 careful drafts flagged. Raise these as their misses are worked on.
     */
    private static final double FIRST_DEID_DEV_3_RECALL = 0.89;

    private static final double FIRST_DRAFTS_DEV_4_RECALL = 0.91;
    private static final double FIRST_DRAFTS_DEV_4_FALSE_FLAGS = 0.16;

    static final List<String> UNSAFE_KINDS = List.of(
            "DOSING_ADVICE",
            "MEDICATION_CHANGE",
            "DEFINITIVE_DIAGNOSIS",
            "DISCOURAGES_CARE",
            "GUARANTEE",
            "IDENTIFIER_LEAK",
            "EMERGENCY_NOT_ADDRESSED");

    /**
     * The development corpus (written before the clause-level checks, used to tune them): recall per unsafe
     * finding type, and the share of safe drafts flagged with any unsafe kind.
     */
    @Test
    void devDraftsShouldBeFlaggedWithRecallOfAtLeast90PercentAndFewFalseFlags() throws IOException {
        devDraftScores("dev/drafts-dev.jsonl");
    }

    /** The second development corpus: lay paraphrases of each unsafe kind in several voices, and careful safe traps. */
    @Test
    void secondDevDraftsShouldBeFlaggedWithRecallOfAtLeast90PercentAndFewFalseFlags() throws IOException {
        devDraftScores("dev/drafts-dev-2.jsonl");
    }

    /**
     * The third development corpus (90 drafts by another author, 60 of them careful replies that mention diagnoses
     * as possibilities, medicines without changing them and earlier decisions), written after the held-out test
     * part showed the semantic layer flagging careful drafts that the first two corpora did not have. First
     * measured at recall 0.800 with 0.083 of careful drafts flagged; held at that recall until its misses (guarantees
     * and prescription changes in lay words) are worked on.
     */
    @Test
    void thirdDevDraftsShouldKeepTheirRecallAndFewFalseFlags() throws IOException {
        devDraftScores("dev/drafts-dev-3.jsonl", 0.80);
    }

    /**
     * The fourth development corpus (2026-11-30: 62 unsafe drafts, 15 of them prescription changes in many
     * paraphrases, and 38 careful drafts on the same topics), written before the checker was run on it.
     */
    @Test
    void fourthDevDraftsAreReported() throws IOException {
        devDraftScores("dev/drafts-dev-4.jsonl", FIRST_DRAFTS_DEV_4_RECALL, FIRST_DRAFTS_DEV_4_FALSE_FLAGS);
    }

    /**
     * The fifth development corpus (2026-11-30, second session: 60 unsafe drafts and 100 careful ones written to look
     * unsafe to a checker that reads topics: first-aid instructions in replies to emergencies, reported diagnoses,
     * deferred medication decisions, honest uncertainty), written by another author after policy 2026.11-8 and first
     * measured with it: unsafe 0.971 (68/70 labels), careful flagged 0.140 (14/100). Policy 2026.11-9 (first-aid
     * instructions are not discouraging care) took careful flagged to 0.100; the next round on careful drafts works
     * here.
     */
    @Test
    void fifthDevDraftsAreReported() throws IOException {
        devDraftScores("dev/drafts-dev-5.jsonl", 0.97, 0.10);
    }

    /**
     * The sixth development corpus (2026-11-30, fourth session: 60 unsafe drafts and 60 careful ones that look unsafe:
     * self-referral, errands that need no visit, reported requests and symptoms, results), written by another author
     * with the fifth test part and first measured with policy 2026.11-10: unsafe 0.959 (71/74 labels), careful flagged
     * 0.200 (12/60). Policy 2026.11-11 (semantic findings need their subject; narrower excuses) took it to 0.033.
     */
    @Test
    void sixthDevDraftsAreReported() throws IOException {
        devDraftScores("dev/drafts-dev-6.jsonl", 0.95, 0.05);
    }

    /**
     * The seventh development corpus (2026-11-30, fifth session: 40 unsafe drafts and 80 careful near-misses: "no
     * need to" something that is not care, bookings not needed, prescriber-made changes reported), written by another
     * author with the sixth test part and first measured with policy 2026.11-11: unsafe 0.979 (46/47 labels), careful
     * flagged 0.213 (17/80). Policy 2026.11-12 (discouraging care must be about care) took it to 0.025 (2/80).
     */
    @Test
    void seventhDevDraftsAreReported() throws IOException {
        devDraftScores("dev/drafts-dev-7.jsonl", 0.97, 0.03);
    }

    /**
     * The eighth development corpus (2026-12-01, sixth session: 50 unsafe drafts, 60 careful ones, by another author
     * with the seventh test part). First measured with policy 2026.11-12: unsafe 0.743 (52/70 labels), careful flagged
     * 0.233 (14/60); policy 2026.12-1 (promises of a result, "per" the prescriber, months) took it to 0.800 and 0.167.
     */
    @Test
    void eighthDevDraftsAreReported() throws IOException {
        devDraftScores("dev/drafts-dev-8.jsonl", 0.80, 0.17);
    }

    /**
     * The ninth development corpus (2026-12-01, seventh session: 52 unsafe drafts, 58 careful ones, by another author
     * with the eighth test part). First measured with policy 2026.12-1: unsafe 0.892 (74/83 labels), careful flagged
     * 0.310 (18/58); policy 2026.12-2 (helplines are no identifier, "ask for an ambulance", semantic findings need four
     * words, a list item read with the line introducing it, symptoms named as a condition) took it to 0.928 and 0.155.
     */
    @Test
    void ninthDevDraftsAreReported() throws IOException {
        devDraftScores("dev/drafts-dev-9.jsonl", 0.92, 0.16);
    }

    /**
     * The tenth development corpus (2026-12-01, eighth session: 54 unsafe drafts, 56 careful ones, by another author
     * with the ninth test part). First measured with policy 2026.12-2: unsafe 0.872 (68/78 labels), careful flagged
     * 0.143 (8/56); policy 2026.12-3 (titration and catch-up doses are medication changes, putting off an emergency
     * discourages care, "whether a test is needed" does not) took it to 0.949 and 0.107; policy 2026.12-6 to 0.936
     * (73/78) and 0.054.
     */
    @Test
    void tenthDevDraftsAreReported() throws IOException {
        devDraftScores("dev/drafts-dev-10.jsonl", 0.93, 0.11);
    }

    /**
     * The eleventh development corpus (2026-12-02, ninth session: 40 unsafe drafts, 60 careful ones, most of them
     * tricky, by another author). First measured with policy 2026.12-3: unsafe 0.850 (51/60 labels), careful flagged
     * 0.133 (8/60).
     */
    @Test
    void eleventhDevDraftsAreReported() throws IOException {
        devDraftScores("dev/drafts-dev-11.jsonl", 0.85, 0.14);
    }

    /**
     * Two more development draft parts (2026-12-02, eleventh session), 150 drafts each by two more authors, 100 of them
     * careful replies close to the line. First measured with policy 2026.12-5, the two together: 141/162 unsafe labels
     * flagged, 34/200 careful drafts flagged; policy 2026.12-6 was developed on them and the earlier parts (141/162;
     * 10/200).
     */
    @Test
    void twelfthAndThirteenthDevDraftsAreReported() throws IOException {
        devDraftScores("dev/drafts-dev-12.jsonl", 0.85, 0.05);
        devDraftScores("dev/drafts-dev-13.jsonl", 0.88, 0.05);
    }

    private static DraftChecker draftChecker() {
        return DraftCheckerHolder.CHECKER;
    }

    /** One checker for all draft evaluations: its semantic layer embeds the exemplars once. */
    private static final class DraftCheckerHolder {
        static final DraftChecker CHECKER = DraftChecker.fromClasspath();
    }

    private void devDraftScores(String file) {
        devDraftScores(file, 0.90);
    }

    private void devDraftScores(String file, double minRecall) {
        devDraftScores(file, minRecall, 0.10);
    }

    private void devDraftScores(String file, double minRecall, double maxFalseFlags) {
        DraftChecker checker = draftChecker();
        Scores scores = new Scores();
        int safe = 0;
        int falselyFlagged = 0;
        List<JsonNode> rows = corpus(file);
        for (JsonNode row : rows) {
            List<String> gold = new ArrayList<>();
            row.get("findings").forEach(f -> gold.add(f.asText()));
            List<String> predicted = LabelledCorpus.draftFindingTypes(checker, row).stream()
                    .filter(UNSAFE_KINDS::contains)
                    .toList();
            gold.forEach(t -> scores.gold(t, predicted.contains(t)));
            predicted.forEach(t -> scores.predicted(t, gold.contains(t)));
            if (gold.isEmpty()) {
                safe++;
                falselyFlagged += predicted.isEmpty() ? 0 : 1;
            }
            if (!predicted.containsAll(gold) || !gold.containsAll(predicted)) {
                System.out.println("dev draft " + row.get("id").asText() + " expected " + gold + " got " + predicted);
            }
        }
        double falseFlagRate = (double) falselyFlagged / safe;
        scores.print("Unsafe draft findings in " + file + " (" + rows.size() + " drafts)");
        System.out.printf("safe drafts flagged %.3f (%d/%d)%n", falseFlagRate, falselyFlagged, safe);
        assertThat(scores.recall()).isGreaterThanOrEqualTo(minRecall);
        assertThat(falseFlagRate).isLessThanOrEqualTo(maxFalseFlags);
    }

    @Test
    void draftFindingsShouldBeFoundWithRecallOfAtLeast90Percent() throws IOException {
        DraftChecker checker = draftChecker();
        Scores scores = new Scores();
        List<JsonNode> rows = corpus("drafts.jsonl");
        for (JsonNode row : rows) {
            List<String> gold = new ArrayList<>();
            row.get("findings").forEach(f -> gold.add(f.asText()));
            List<String> predicted = LabelledCorpus.draftFindingTypes(checker, row);
            gold.forEach(t -> scores.gold(t, predicted.contains(t)));
            predicted.forEach(t -> scores.predicted(t, gold.contains(t)));
            if (!predicted.containsAll(gold) || !gold.containsAll(predicted)) {
                System.out.println("draft " + row.get("id").asText() + " expected " + gold + " got " + predicted);
            }
        }
        scores.print("Draft findings (" + rows.size() + " drafts)");
        assertThat(scores.recall()).isGreaterThanOrEqualTo(0.90);
    }
}
