package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.policy.common.EnglishWords;

/**
 * Names that capitals would have marked. In a message written in lower case ("took nkechi to the park", "dr nwosu
 * knows her"), a word of the name lexicon that is not also an ordinary word. In any message, a lower-case name after
 * "my wife" or "her sister", and a given name, even one that is also a word, that is given an age ("June is 14
 * months", "ruby is 4", "Sunny (our youngest)") or joined by "and" to another name ("Grace and Will", "ruby and finn").
 */
final class CasualNameRecognizer implements Recognizer {

    static final int PRIORITY = 26;
    /** Generated given names this short are too often words of some language ("una", "del", "ive"). */
    private static final int MIN_GENERATED_NAME = 4;

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A lower-case word without a possessive "'s": "o'connell", "ellie-mae", "destiny" of "destiny's". */
    private static final Pattern LOWER_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’-])\\p{Ll}+(?:['’]\\p{Ll}{2,})*(?:-\\p{Ll}+)?(?![\\p{L}\\p{N}-]|['’]\\p{Ll}{2})");

    private static final Pattern ANY_WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{L}[\\p{L}'’]*\\p{L}(?:-\\p{L}+)?(?![\\p{L}\\p{N}])");
    private static final Pattern LOWER_I = Pattern.compile("(?<![\\p{L}'])i(?:'m|m|'ve|ve|'d)?(?![\\p{L}'])");
    private static final Pattern GIVEN_AN_AGE = Pattern.compile(
            "^(?:['’]s)?[ \\t]+(?:is|was|turned|turns|who\\s+is)[ \\t]+"
                    + "(?:only[ \\t]+|just[ \\t]+|nearly[ \\t]+|almost[ \\t]+)?\\d{1,2}(?![\\d.,:/])(?![ \\t]*(?:mg|ml|mcg|kg|g|%|units?|am|pm|o'?clock)\\b)"
                    + "|^[ \\t]*\\([ \\t]*(?:\\d{1,2}(?:[ \\t]*(?:months?|mths?|years?|yrs?|weeks?|y/?o))?|aged?[ \\t]+\\d{1,2}|our[ \\t]+\\w+|my[ \\t]+\\w+"
                    + "|aunt|uncle|son|daughter|sister|brother|mum|mom|dad|wife|husband|grandson|granddaughter|nephew|niece|cousin)[ \\t]*\\)",
            CI);
    /** "my son is 4", "the baby is 3": a word after a determiner is a common noun. */
    private static final Pattern DETERMINER =
            Pattern.compile("(?<![\\p{L}])(?:my|our|his|her|their|the|a|an|your)[ \\t]+$", CI);

    private static final Pattern PAIR_BEFORE =
            Pattern.compile("(?<![\\p{L}'’-])(\\p{L}[\\p{L}'’]*\\p{L})[ \\t]+(?:and|&)[ \\t]+$", CI);
    private static final Pattern PERSON_FOLLOWS = Pattern.compile(
            "['’]s\\b|[ \\t]*,|[ \\t]+(?:he|she|they|had|has|is|was|who|said|says|and[ \\t]+i|and[ \\t]+me)(?![\\p{L}])",
            CI);
    private static final Pattern SENTENCE_OPENING_WORD = Pattern.compile(
            "(?:^|(?<=[.!?\\n])[ \\t]*|(?<=[.!?])[ \\t]+)(\\p{Lu}\\p{Ll}+)(?![\\p{L}'’-])", Pattern.MULTILINE);
    private static final Pattern PERSON_ACTS = Pattern.compile("[ \\t]+(?:has|had|is|was|fell|keeps|kept|woke|got|gets"
            + "|feels|felt|seems|started|hasn['’]?t|isn['’]?t|wasn['’]?t|won['’]?t|can['’]?t|doesn['’]?t|didn['’]?t|came|went"
            + "|brought|caught|threw|vomited|complains|needs|needed)(?![\\p{L}])");
    private static final Set<String> MONTHS = Set.of("april", "may", "june", "july", "august");
    /** Lower-case words of chat that the name lists hold or the English word list lacks (contractions without "'"). */
    private static final Set<String> CHAT_WORDS = Set.of(
            "ive",
            "nan",
            "til",
            "ans",
            "wierd",
            "tho",
            "thx",
            "pls",
            "plz",
            "sis",
            "bro",
            "hun",
            "hon",
            "babe",
            "mate",
            "doc",
            "shes",
            "hes",
            "theyre",
            "youre",
            "dont",
            "doesnt",
            "didnt",
            "cant",
            "wont",
            "isnt",
            "wasnt",
            "arent",
            "werent",
            "havent",
            "hasnt",
            "couldnt",
            "wouldnt",
            "shouldnt",
            "thats",
            "whats",
            "theres",
            "im",
            "id",
            "ill",
            "lol",
            "omg",
            "btw",
            "idk",
            "tbh",
            "ty",
            "ur",
            "cuz",
            "coz",
            "gonna",
            "wanna",
            "gotta",
            "kinda",
            "sorta",
            "dunno",
            "yeah",
            "yep",
            "nope",
            "okay",
            "ok",
            "pcm",
            "asap",
            "appt",
            "meds",
            "pics",
            "docs",
            "bday");

    private final DeidLexicon lexicon;
    private final PlaceGazetteer places;
    private final Pattern lowerCaseTitle;
    private final Pattern relation;

    CasualNameRecognizer(DeidLexicon lexicon) {
        this.lexicon = lexicon;
        this.places = lexicon.places();
        // Any title may take a full stop here ("dr. nwosu"); in lower case nothing else tells an abbreviation apart.
        this.lowerCaseTitle = Pattern.compile(
                NameRecognizer.alternation(lexicon.titles(), t -> Pattern.quote(t.replace(".", ""))) + "\\.?[ \\t]+$",
                CI);
        // "father in law" and "father-in-law".
        this.relation = Pattern.compile(
                "(?<![\\p{L}])(?:my|our|his|her|their|ur|your)[ \\t]+"
                        + NameRecognizer.alternation(
                                lexicon.relations(), r -> Pattern.quote(r).replace(" ", "\\E[ \\t-]+\\Q"))
                        + "[ \\t]*,?[ \\t]+(?:named[ \\t]+|called[ \\t]+)?(?=\\p{Ll})",
                CI);
    }

    @Override
    public List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        if (casual(text)) {
            findLowerCaseNames(text, found);
        }
        findNamedRelatives(text, found);
        findNamesGivenAnAgeOrPaired(text, found);
        findWordNamesOpeningASentence(text, found);
        return found;
    }

    /** In a message written without capitals: "took nkechi to the park", "dr nwosu knows her". */
    private void findLowerCaseNames(String text, List<Detection> found) {
        Matcher m = LOWER_WORD.matcher(text);
        while (m.find()) {
            if (lowerCaseName(m.group())
                    || surnameAfterTitle(m.group())
                            && lowerCaseTitle
                                    .matcher(text)
                                    .region(Math.max(0, m.start() - 12), m.start())
                                    .find()) {
                found.add(new Detection(EntityType.NAME, m.start(), m.end(), PRIORITY));
            }
        }
    }

    private void findNamedRelatives(String text, List<Detection> found) {
        Matcher r = relation.matcher(text);
        while (r.find()) {
            Matcher word = LOWER_WORD.matcher(text).region(r.end(), text.length());
            if (word.lookingAt() && namedRelative(text, word)) {
                found.add(new Detection(EntityType.NAME, word.start(), word.end(), PRIORITY));
            }
        }
    }

    /**
     * A given name that is also a word, opening a sentence and followed by what a person does or has: "Hope has had
     * a temperature", "Jack fell off the trampoline", not "Hope you're well" or "Will it hurt?".
     */
    private void findWordNamesOpeningASentence(String text, List<Detection> found) {
        Matcher m = SENTENCE_OPENING_WORD.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            if (lexicon.isAmbiguous(word)
                    && givenName(word)
                    && !MONTHS.contains(word.toLowerCase(Locale.ROOT))
                    && PERSON_ACTS.matcher(text).region(m.end(1), text.length()).lookingAt()) {
                found.add(new Detection(EntityType.NAME, m.start(1), m.end(1), PRIORITY));
            }
        }
    }

    /** "June is 14 months", "Sunny (our youngest)"; "Grace and Will", "ruby and finn". */
    private void findNamesGivenAnAgeOrPaired(String text, List<Detection> found) {
        Matcher w = ANY_WORD.matcher(text);
        while (w.find()) {
            String word = w.group();
            if (!givenName(word)) {
                continue;
            }
            if (!DETERMINER
                            .matcher(text)
                            .region(Math.max(0, w.start() - 8), w.start())
                            .find()
                    && GIVEN_AN_AGE.matcher(text).region(w.end(), text.length()).lookingAt()) {
                found.add(new Detection(EntityType.NAME, w.start(), w.end(), PRIORITY));
            }
            Matcher pair = PAIR_BEFORE.matcher(text).region(Math.max(0, w.start() - 40), w.start());
            if (pair.find()
                    && givenName(pair.group(1))
                    && (!lexicon.isAmbiguous(word)
                            || !lexicon.isAmbiguous(pair.group(1))
                            || capitalised(word) && capitalised(pair.group(1)))) {
                found.add(new Detection(EntityType.NAME, pair.start(1), pair.end(1), PRIORITY));
                found.add(new Detection(EntityType.NAME, w.start(), w.end(), PRIORITY));
            }
        }
    }

    /**
     * The lower-case word after "my wife", "her sister": a name when it is no English word ("my wife harpreet"), or
     * a given name that is also a word followed by what a person does ("my dad earl he fell", "her sister ivy had
     * it", "my cousin destiny's lenses"), not by what a word does ("my son will be late").
     */
    private boolean namedRelative(String text, Matcher word) {
        String w = word.group();
        if (CHAT_WORDS.contains(w) || lexicon.isNotName(w) || places.isPlace(w) || w.length() < 3) {
            return false;
        }
        if (!lexicon.isAmbiguous(w) && (!EnglishWords.contains(w) || lexicon.isGivenName(w))) {
            return true;
        }
        return lexicon.isGivenName(w)
                && PERSON_FOLLOWS
                        .matcher(text)
                        .region(word.end(), text.length())
                        .lookingAt();
    }

    /** Written without capitals: a lower-case "i", or most sentences opening in lower case. */
    static boolean casual(String text) {
        if (LOWER_I.matcher(text).find()) {
            return true;
        }
        int openings = 0;
        int lower = 0;
        boolean atStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (atStart && Character.isLetter(c)) {
                openings++;
                lower += Character.isLowerCase(c) ? 1 : 0;
                atStart = false;
            } else if (c == '.' || c == '!' || c == '?' || c == '\n') {
                atStart = true;
            }
        }
        return openings > 0 && lower * 2 > openings;
    }

    private boolean lowerCaseName(String word) {
        return mayBeName(word)
                && (lexicon.isCuratedGivenName(word)
                        || lexicon.isGivenNameAsWritten(word) && word.length() >= MIN_GENERATED_NAME);
    }

    /** After a lower-case title ("dr nwosu"), a known name or any word that is not English. */
    private boolean surnameAfterTitle(String word) {
        return mayBeName(word) && (lexicon.isKnownName(word) || !EnglishWords.contains(word));
    }

    private boolean mayBeName(String word) {
        return !CHAT_WORDS.contains(word) && lexicon.isPlainName(word);
    }

    private boolean givenName(String word) {
        return lexicon.isGivenName(word)
                && lexicon.namesNothingElse(word)
                && !CHAT_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.charAt(0));
    }
}
