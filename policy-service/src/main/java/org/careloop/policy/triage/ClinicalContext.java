package org.careloop.policy.triage;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether a red-flag phrase is about the patient (or someone with them) now, looking at its sentence:
 * negation in the same clause ("no chest pain", "denies"), history ("in 2019", "last year"), other people in
 * the past ("my father had a stroke"), and hypothetical questions ("what are the signs of a stroke"). Someone
 * else in the present tense ("my daughter is not breathing") is still an emergency: the writer is with them.
 */
final class ClinicalContext {

    private static final int NEGATION_SCOPE_WORDS = 6;
    /** A clause of this many words or fewer holding a history cue is a time phrase for the whole sentence. */
    private static final int TIME_PHRASE_WORDS = 4;

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern NEGATED_CLAUSE =
            Pattern.compile("\\s*(?:no|without|never|nor|denies|negative\\s+for|free\\s+of)\\s", CI);
    /**
     * "not", "isn't", "no longer", "stopped" just before a reassurance undo it, and so does its being someone's say-so
     * ("he laughed it off, said he's fine").
     */
    private static final Pattern NEGATED_REASSURANCE = Pattern.compile(
            "(?<![\\p{L}'])(?:not|never|hardly|barely|stopped|no\\s+longer|\\p{L}+n['’]t|says?|said|saying|insists?|insisted"
                    + "|claims?|claimed|reckons?|thinks?|swears?|tells?|told)(?![\\p{L}])[^.!?]*$",
            CI);

    private static final int REASSURANCE_NEGATION_CHARS = 20;
    private static final Pattern PERSONAL = Pattern.compile(
            "(?<![\\p{L}'])(?:i|i'm|me|my|we|us|our|he|she|him|her|his|they|them|their|you|your)(?![\\p{L}'])", CI);
    /** "had my baby 5 days ago": the baby a mother gave birth to is not who the rest of her sentence is about. */
    private static final Pattern GAVE_BIRTH = Pattern.compile(
            "(?<![\\p{L}'])(?:had|delivered|gave\\s+birth\\s+to)\\s+(?:my|our|the)\\s+(?:new\\s+)?"
                    + "(?:baby|son|daughter|twins|little\\s+one|boy|girl)(?![\\p{L}'])",
            CI);

    private static final Pattern WE = Pattern.compile("(?<![\\p{L}'])(?:we|us|we're|we've)(?![\\p{L}'])", CI);
    private static final Pattern NOW_NOT_FINE = Pattern.compile(
            "(?<!(?:fine|ok|okay|well|normal|better|good)\\s{1,3})(?<![\\p{L}'])now(?![\\p{L}'])(?!\\s+(?:(?:totally|completely|absolutely|perfectly|back\\s+to)\\s+)?"
                    + "(?:fine|ok|okay|well|normal|better|herself|himself|themselves|myself))",
            CI);

    private final Pattern negation;
    private final Pattern pseudoNegation;
    private final List<String> clauseBreaks;
    private final Pattern history;
    private final Pattern present;
    private final Pattern otherPeople;
    private final Pattern self;
    private final Pattern pastForOthers;
    private final Pattern familyHistory;
    private final Pattern hypothetical;
    private final Pattern notASymptom;
    private final Pattern undoesNegation;
    private final Pattern recurrence;
    private final Pattern figurative;
    private final Pattern idioms;
    private final Pattern unchanged;
    private final Pattern worsening;
    private final Pattern resolvedBefore;
    private final Pattern resolvedAfter;
    private final Pattern notOver;
    private final Pattern gradual;
    private final Pattern genericQuestion;
    private final Pattern notNow;
    private final Pattern careReceived;
    private final Pattern reassurance;

    ClinicalContext(RedFlagCatalogue.Context context) {
        this.negation = words(context.negations());
        this.pseudoNegation = words(context.pseudoNegations());
        this.clauseBreaks = List.copyOf(context.clauseBreaks());
        this.history = words(context.history());
        this.present = words(context.present());
        this.otherPeople = words(context.otherPeople());
        this.self = words(context.self());
        this.pastForOthers = words(context.pastForOthers());
        this.familyHistory = words(context.familyHistory());
        this.hypothetical = words(context.hypothetical());
        this.notASymptom = following(context.afterMatchNotASymptom());
        this.undoesNegation = following(context.afterMatchUndoesNegation());
        this.recurrence = words(context.recurrence());
        this.figurative = words(context.figurative());
        this.idioms = words(context.idioms());
        this.unchanged = words(context.unchanged());
        this.worsening = words(context.worsening());
        this.resolvedBefore = anyOf(context.resolvedBefore(), "(?<![\\p{L}'])", "\\s*$");
        this.resolvedAfter = words(context.resolvedAfter());
        this.notOver = words(context.notOver());
        this.gradual = words(context.gradual());
        this.genericQuestion = anyOf(context.genericQuestion(), "^\\s*", "\\s");
        this.notNow = words(context.notNow());
        this.careReceived = words(context.careReceived());
        this.reassurance = words(context.reassurance());
    }

    static Pattern words(List<String> fragments) {
        return anyOf(fragments, "(?<![\\p{L}\\p{N}'])", "(?![\\p{L}\\p{N}'])");
    }

    /** Fragments that must follow the phrase directly ("stroke clinic", "chest pain like this"). */
    static Pattern following(List<String> fragments) {
        return anyOf(fragments, "^[\\s,]*", "(?![\\p{L}\\p{N}])");
    }

    /** The fragments as one case-insensitive alternation between {@code before} and {@code after}. */
    private static Pattern anyOf(List<String> fragments, String before, String after) {
        return Pattern.compile(
                fragments.stream()
                        .map(f -> "(?:" + f + ")")
                        .collect(Collectors.joining("|", before + "(?:", ")" + after)),
                CI);
    }

    /**
     * Whether a whole segment (a sentence or clause the semantic layer scored) is about the patient now. Unlike a
     * catalogue phrase, the segment holds its own negation: {@code segmentNegation} must match near its start
     * ("no chest pain or trouble breathing", "I don't have any fever"), and a bare "not" does not count, since
     * it negates the good thing in "he is not breathing" or "she's not waking up".
     */
    Assertion assessSegment(String text, int start, int end, Pattern segmentNegation) {
        int sentenceStart = sentenceStart(text, start);
        int sentenceEnd = sentenceEnd(text, end);
        String sentence = text.substring(sentenceStart, sentenceEnd);
        String upToEnd = text.substring(sentenceStart, end);
        String segment = text.substring(start, end);
        if (hypothetical.matcher(upToEnd).find()) {
            return Assertion.HYPOTHETICAL;
        }
        if (figurative.matcher(sentence).find() || idioms.matcher(segment).find()) {
            return Assertion.FIGURATIVE;
        }
        if (familyHistory.matcher(sentence).find()) {
            return Assertion.OTHER_PERSON_PAST;
        }
        String[] words = segment.trim().split("\\s+");
        String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, NEGATION_SCOPE_WORDS)));
        head = pseudoNegation.matcher(head).replaceAll(" ");
        if (segmentNegation.matcher(head).find()) {
            return Assertion.NEGATED;
        }
        // A segment is about its subject, the first person it names; without one, the nearest named before it.
        String before = text.substring(sentenceStart, start);
        int firstOther = firstStart(
                otherPeople,
                GAVE_BIRTH.matcher(segment).replaceAll(m -> " ".repeat(m.group().length())));
        int firstSelf = firstStart(self, segment);
        boolean other = firstOther >= 0 && (firstSelf < 0 || firstOther < firstSelf)
                || firstOther < 0 && firstSelf < 0 && aboutSomeoneElse(before);
        Assertion assertion = presentOrPast(sentence, start - sentenceStart, segment, other);
        return assertion == Assertion.PRESENT ? episode(text, before, end, sentenceStart, sentence) : assertion;
    }

    /** {@code text} has curly apostrophes already straightened. */
    Assertion assess(String text, int start, int end) {
        int sentenceStart = sentenceStart(text, start);
        int sentenceEnd = sentenceEnd(text, end);
        String before = text.substring(sentenceStart, start);
        String sentence = text.substring(sentenceStart, sentenceEnd);

        String after = text.substring(end, sentenceEnd);
        int[] clauseBounds = clauseBounds(text, sentenceStart, sentenceEnd, start, end);
        String clause = text.substring(clauseBounds[0], clauseBounds[1]);

        // "if he has a seizure": the hypothetical's verb may be part of the phrase itself.
        String upToEnd = text.substring(sentenceStart, end);
        if (hypothetical.matcher(before).find()
                || hypothetical.matcher(upToEnd).find()
                || notASymptom.matcher(after).find()
                || aboutNobody(text, sentence, sentenceEnd)) {
            return Assertion.HYPOTHETICAL;
        }
        if (figurative.matcher(sentence).find() || inIdiom(sentence, start - sentenceStart, end - sentenceStart)) {
            return Assertion.FIGURATIVE;
        }
        if (familyHistory.matcher(sentence).find()) {
            return Assertion.OTHER_PERSON_PAST;
        }
        if ((isNegated(before) || negatedWithin(text.substring(start, end)))
                && !undoesNegation.matcher(after).find()) {
            return Assertion.NEGATED;
        }
        Assertion assertion =
                presentOrPast(sentence, clauseBounds[0] - sentenceStart, clause, aboutSomeoneElse(before));
        return assertion == Assertion.PRESENT ? episode(text, before, end, sentenceStart, sentence) : assertion;
    }

    /** Nothing after a prompt recovery says something is happening now: "came round quickly and is now confused". */
    private boolean over(String afterwards) {
        return stillOver(afterwards) && !NOW_NOT_FINE.matcher(afterwards).find();
    }

    /** Nothing in {@code afterwards} says the episode is back or not over: "but", "still", "worse", "again". */
    private boolean stillOver(String afterwards) {
        return !notOver.matcher(afterwards).find()
                && !worsening.matcher(afterwards).find()
                && !recurrence.matcher(afterwards).find();
    }

    /**
     * A question about no one in particular: "Would a fever in a newborn be an emergency?", "Is a seizure always
     * dangerous?". A question that names anyone ("Is a temperature of 38 bad in my 5-week-old?") is not one.
     */
    private boolean aboutNobody(String text, String sentence, int sentenceEnd) {
        return sentenceEnd < text.length()
                && text.charAt(sentenceEnd) == '?'
                && genericQuestion.matcher(sentence).lookingAt()
                && !PERSONAL.matcher(sentence).find();
    }

    /**
     * A phrase about someone now may still describe an episode that is over or was never reached ("nearly passed
     * out", "fainted, came round straight away and was fine after a drink"), one that emergency care has already seen
     * ("discharged yesterday after being in with DKA"), or one that came on gradually ("over a couple of weeks").
     * A prompt recovery and care received are looked for up to the end of the next sentence, and do not count when
     * something after them says the episode is not over ("but", "still", "worse", "again", "now"). A patient saying
     * they feel fine now is not enough: people minimise overdoses and chest pain that has eased.
     */
    private Assertion episode(String text, String before, int end, int sentenceStart, String sentence) {
        if (resolvedBefore.matcher(before).find()) {
            return Assertion.RESOLVED;
        }
        String region = text.substring(sentenceStart, endOfNextSentence(text, sentenceStart + sentence.length()));
        Matcher care = careReceived.matcher(region);
        if (care.find() && stillOver(region.substring(care.end()))) {
            return Assertion.TREATED;
        }
        if (gradual.matcher(sentence).find() && !worsening.matcher(sentence).find()) {
            return Assertion.GRADUAL;
        }
        // Last: RESOLVED lowers only a resolvable flag, and must not hide care received or a gradual onset.
        String following = text.substring(end, endOfNextSentence(text, sentenceEnd(text, end)));
        Matcher recovered = resolvedAfter.matcher(following);
        if (recovered.find() && over(following.substring(recovered.end()))) {
            return Assertion.RESOLVED;
        }
        return Assertion.PRESENT;
    }

    /**
     * Whether the message says, of now, that things are reassuringly normal ("back to playing and eating normally",
     * "walking fine", "no other symptoms"), in a statement (not "is this normal after a baby?"), with nothing later in
     * that sentence saying otherwise ("eating fine but very sleepy") and no negation just before it ("isn't breathing
     * normally").
     */
    boolean reassured(String text) {
        Matcher found = reassurance.matcher(text);
        while (found.find()) {
            String before = text.substring(Math.max(0, found.start() - REASSURANCE_NEGATION_CHARS), found.start());
            int sentenceEnd = sentenceEnd(text, found.end());
            String rest = text.substring(found.end(), sentenceEnd);
            boolean question = sentenceEnd < text.length() && text.charAt(sentenceEnd) == '?';
            if (!question
                    && !NEGATED_REASSURANCE.matcher(before).find()
                    && stillOver(rest)
                    && !NOW_NOT_FINE.matcher(rest).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A phrase spanning a clause break whose last clause opens with a negation: "pregnant, no bleeding". Only
     * these openings count: "not" belongs to symptoms such as "baby, not feeding".
     */
    private boolean negatedWithin(String phrase) {
        int lastClause = lastClauseStart(phrase);
        return lastClause > 0
                && NEGATED_CLAUSE.matcher(phrase.substring(lastClause)).lookingAt();
    }

    /**
     * Whether the clause around a condition's name says someone has it or that it is now: "my dad is having a
     * stroke", "overdose tonight", but not "a course on spotting sepsis" or "the letter from her stroke admission".
     */
    boolean attributed(String text, int start, int end) {
        int sentenceStart = sentenceStart(text, start);
        String clause = clause(text, sentenceStart, sentenceEnd(text, end), start, end);
        return self.matcher(clause).find()
                || otherPeople.matcher(clause).find()
                || WE.matcher(clause).find()
                || present.matcher(clause).find();
    }

    private boolean inIdiom(String sentence, int start, int end) {
        Matcher m = idioms.matcher(sentence);
        while (m.find()) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What is left once negation and hypotheticals are ruled out: a recurrence is present; otherwise, about
     * someone else ({@code other}), it is past when the sentence says so and the part of the clause about them does
     * not say now ("my friend tried last year and I'm still upset" is past); about the patient, history words in the
     * sentence make it past unless a present cue stands in the clause ("a seizure as a child but none since").
     */
    private Assertion presentOrPast(String sentence, int clauseStart, String clause, boolean other) {
        int clauseEnd = clauseStart + clause.length();
        // "had chest pain last year and now it's back" is a new episode.
        if (recurrence.matcher(sentence).find()) {
            return Assertion.PRESENT;
        }
        // "numbness in one foot, exactly the same for years": long-standing and unchanged is not an emergency now.
        if (unchanged.matcher(sentence).find() && !worsening.matcher(clause).find()) {
            return Assertion.HISTORY;
        }
        // "well for ten years now": the "now" is not about the symptom.
        clause = notNow.matcher(clause).replaceAll(" ");
        if (other) {
            String aboutThem = untilSelf(clause);
            boolean now = present.matcher(aboutThem).find();
            boolean past = pastForOthers.matcher(aboutThem).find() || pastInSentence(sentence, clauseStart, clauseEnd);
            return !now && past ? Assertion.OTHER_PERSON_PAST : Assertion.PRESENT;
        }
        boolean now = present.matcher(clause).find();
        return !now && pastInSentence(sentence, clauseStart, clauseEnd) ? Assertion.HISTORY : Assertion.PRESENT;
    }

    /**
     * Whether a history cue dates the clause at [clauseStart, clauseEnd) of {@code sentence}: a cue in the clause
     * itself, one standing alone before a comma ("In
     * 2019, I had a stroke"), or one anywhere in a sentence that says nothing is now ("had a reaction as a kid, hives
     * all over"). When the sentence also says now, a cue in a clause of its own dates that clause only: in "we got
     * back from Ghana two weeks ago and now he's burning up" or "vomiting since yesterday, had a bowel op years ago"
     * the fever and the vomiting are now.
     */
    private boolean pastInSentence(String sentence, int clauseStart, int clauseEnd) {
        boolean saysNow =
                present.matcher(notNow.matcher(sentence).replaceAll(" ")).find();
        Matcher cue = history.matcher(sentence);
        while (cue.find()) {
            if (!saysNow || cue.start() < clauseEnd && clauseStart < cue.end()) {
                return true;
            }
            String cueClause = clause(sentence, 0, sentence.length(), cue.start(), cue.end());
            if (cueClause.isBlank() || cueClause.trim().split("\\s+").length <= TIME_PHRASE_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** {@code clause} up to where the writer turns to themselves after naming someone else. */
    private String untilSelf(String clause) {
        int other = Math.max(0, lastStart(otherPeople, clause));
        Matcher me = self.matcher(clause);
        return me.find(other) ? clause.substring(0, me.start()) : clause;
    }

    private String clause(String text, int sentenceStart, int sentenceEnd, int start, int end) {
        int[] bounds = clauseBounds(text, sentenceStart, sentenceEnd, start, end);
        return text.substring(bounds[0], bounds[1]);
    }

    /** Where the clause around [start, end) of {@code text} begins and ends, as offsets into {@code text}. */
    private int[] clauseBounds(String text, int sentenceStart, int sentenceEnd, int start, int end) {
        String lower = text.substring(sentenceStart, sentenceEnd).toLowerCase();
        int from = 0;
        int to = lower.length();
        for (String brk : clauseBreaks) {
            int before = lower.lastIndexOf(brk, start - sentenceStart - 1);
            if (before >= 0 && before + brk.length() <= start - sentenceStart) {
                from = Math.max(from, before + brk.length());
            }
            int after = lower.indexOf(brk, end - sentenceStart);
            if (after >= 0) {
                to = Math.min(to, after);
            }
        }
        return new int[] {sentenceStart + from, sentenceStart + Math.max(from, to)};
    }

    /** Where the last clause of {@code text} starts: after its last clause break, or 0 when it has none. */
    private int lastClauseStart(String text) {
        int clauseStart = 0;
        String lower = text.toLowerCase();
        for (String brk : clauseBreaks) {
            int at = lower.lastIndexOf(brk);
            if (at >= 0) {
                clauseStart = Math.max(clauseStart, at + brk.length());
            }
        }
        return clauseStart;
    }

    private boolean isNegated(String before) {
        String clause = before.substring(lastClauseStart(before));
        String[] words = clause.trim().split("\\s+");
        int from = Math.max(0, words.length - NEGATION_SCOPE_WORDS);
        String scope = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        scope = pseudoNegation.matcher(scope).replaceAll(" ");
        return negation.matcher(scope).find();
    }

    /** The nearest person named before the phrase decides whose it is; none means the patient. */
    private boolean aboutSomeoneElse(String before) {
        int other = lastStart(otherPeople, before);
        int me = lastStart(self, before);
        return other > me;
    }

    private static int firstStart(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static int lastStart(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    static int sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (isSentenceEnd(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where the sentence after the one ending at {@code sentenceEnd} ends (the text's end when there is none). */
    private static int endOfNextSentence(String text, int sentenceEnd) {
        return sentenceEnd < text.length() ? sentenceEnd(text, sentenceEnd + 1) : sentenceEnd;
    }

    static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            if (isSentenceEnd(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '!' || c == '?' || c == '\n') {
            return true;
        }
        // A full stop ends a sentence when followed by space or the end, not inside "100.4" or "Dr.".
        return c == '.'
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                && !(i >= 2 && text.regionMatches(true, i - 2, "dr", 0, 2));
    }
}
