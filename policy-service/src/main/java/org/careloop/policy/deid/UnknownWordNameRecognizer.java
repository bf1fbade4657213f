package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.policy.common.EnglishVocabulary;

/**
 * Names no list holds: a capitalised word that English does not know ("Delroy", "Faoláin", "Campbell-Brown"), or
 * knows only as a proper noun that the name lexicon also lists ("Mabel", "Hargreaves"), with the name words that
 * follow it. An allow-list read the other way round: rather than listing every name of every culture, anything
 * capitalised that is not an English word, a medicine, an eponym, a place or a region is taken for a name. At the
 * start of a sentence, where every word is capitalised, an unknown word counts only before another name word
 * ("Delroy Campbell-Brown rang"), so a misspelt symptom opening a sentence is left alone; but the words that sign
 * the message after its last sentence are read as a name ({@link #findSignature}).
 */
final class UnknownWordNameRecognizer implements Recognizer {

    static final int PRIORITY = 24;
    private static final int MORE_WORDS = 3;
    private static final int MIN_LETTERS = 3;
    private static final Pattern NAME_WORD = KnownNameRecognizer.NAME_WORD;
    private static final Pattern SPACE = KnownNameRecognizer.SPACE;
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}+(?:['’]\\p{Ll}+)?(?![\\p{L}])");
    /** Below this share of English words among its lower-case words, a sentence is in another language. */
    private static final double ENGLISH_SHARE = 0.5;

    private static final int MIN_SENTENCE_WORDS = 3;
    private static final int MIN_LOWER_LETTERS = 4;
    private static final Pattern LOWER_NAME =
            Pattern.compile("(?<![\\p{L}\\p{N}'’.@/-])\\p{Ll}+(?:-\\p{Ll}+)?(?![\\p{L}\\p{N}@/]|['’]\\p{Ll})");
    private static final Pattern POSSESSIVE_DISEASE = Pattern.compile(
            "['’]s?[ \\t]+(?:disease|syndrome|palsy|sign|ulcer|lymphoma|disorder|test|scale|score|procedure)",
            Pattern.CASE_INSENSITIVE);

    /**
     * What may follow a name that signs the message after its last sentence ("... or night? Delroy", "Maxine
     * (manager)", "Madhuri +91 20 5555 0132"): a short note in brackets, a phone number, kisses.
     */
    private static final Pattern SIGNATURE = Pattern.compile("(?:^|(?<=[.!?\\n]))[ \\t]*(" + NameRecognizer.WORD
            + "(?:[ \\t]+" + NameRecognizer.WORD + "){0,2})"
            + "[ \\t]*(?:\\([^()\\n]{1,30}\\))?(?:[ \\t]+\\+?\\d[\\d \\t()-]{6,})?[\\s.!,x]*$");

    private static final Pattern WORDS = Pattern.compile(NameRecognizer.WORD);

    private final DeidLexicon lexicon;
    private final EnglishVocabulary english;
    /** "Ó", "van der", "bin": particles inside a name ("Colm Ó Faoláin"). */
    private final Pattern particles;

    UnknownWordNameRecognizer(DeidLexicon lexicon, EnglishVocabulary english) {
        this.lexicon = lexicon;
        this.english = english;
        this.particles = Pattern.compile("(?:" + lexicon.particleBeforeName() + "){0,2}");
    }

    @Override
    public List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        Matcher m = NAME_WORD.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            if (!isNameWord(text, m)) {
                continue;
            }
            int end = m.end();
            Matcher next = NAME_WORD.matcher(text);
            Matcher space = SPACE.matcher(text);
            Matcher particle = particles.matcher(text);
            for (int i = 0; i < MORE_WORDS; i++) {
                if (!space.region(end, text.length()).lookingAt()
                        || !particle.region(space.end(), text.length()).lookingAt()
                        || !next.region(particle.end(), text.length()).lookingAt()
                        || !isNameWord(text, next)) {
                    break;
                }
                end = next.end();
            }
            if (end > m.end() || !KnownNameRecognizer.opensSentence(text, m.start())) {
                found.add(new Detection(EntityType.NAME, m.start(), end, PRIORITY));
            }
            from = end;
        }
        findLowerCase(text, found);
        findSignature(text, found);
        return found;
    }

    /**
     * The words that sign the message after its last sentence: one to three capitalised words, none of them an English
     * word unless it is a given name ("Jade Whitlock", "Iain Drummond", "Kasia"), and at least one that is no English
     * word, or a lone given name ("... any chance of weds 18th? Cliff"). Proper nouns count here: nobody signs with
     * a brand.
     */
    private void findSignature(String text, List<Detection> found) {
        Matcher m = SIGNATURE.matcher(text);
        if (!m.find()) {
            return;
        }
        List<String> words = new ArrayList<>();
        Matcher w = WORDS.matcher(m.group(1));
        while (w.find()) {
            words.add(w.group());
        }
        boolean allNames = words.stream().allMatch(this::signsAsName);
        boolean oneUnknown = words.stream().anyMatch(word -> !isCommon(word));
        boolean loneGivenName = words.size() == 1 && lexicon.isGivenName(words.get(0));
        if (allNames && (oneUnknown || loneGivenName)) {
            found.add(new Detection(EntityType.NAME, m.start(1), m.end(1), PRIORITY));
        }
    }

    private boolean signsAsName(String word) {
        return lexicon.namesNothingElse(word)
                && (lexicon.isGivenName(word) || !isCommon(word))
                && !lexicon.isGreetingOrSignOff(word)
                && !lexicon.isTitle(word);
    }

    /**
     * Written in lower case, a given name of the lexicon that English does not know ("venkatesh", "nkechi",
     * "ellie-mae"), with a family name of the lexicon English does not know after it ("sunny dhillon" keeps "sunny",
     * an English word, and takes "dhillon").
     */
    private void findLowerCase(String text, List<Detection> found) {
        Matcher m = LOWER_NAME.matcher(text);
        while (m.find()) {
            String word = m.group();
            boolean given = lexicon.isGivenName(word)
                    || word.contains("-")
                            && java.util.Arrays.stream(word.split("-")).allMatch(lexicon::isGivenName);
            if (!given && !lexicon.isKnownName(word)
                    || letters(word) < MIN_LOWER_LETTERS
                    || !lexicon.namesNothingElse(word)
                    || lexicon.isAmbiguous(word)
                    || isCommon(word)
                    || transposedWord(word)
                    || english.isProperNounOnly(capitalised(word)) && !given
                    || !inEnglish(text, m.start())) {
                continue;
            }
            found.add(new Detection(EntityType.NAME, m.start(), m.end(), PRIORITY));
        }
    }

    /** "wierd", "freind": two letters swapped in an English word, the commonest slip on a phone, is no name. */
    private boolean transposedWord(String word) {
        char[] letters = word.toCharArray();
        for (int i = 0; i + 1 < letters.length; i++) {
            char[] swapped = letters.clone();
            swapped[i] = letters[i + 1];
            swapped[i + 1] = letters[i];
            if (swapped[i] != letters[i] && english.isCommonWord(new String(swapped))) {
                return true;
            }
        }
        return false;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private boolean isNameWord(String text, Matcher m) {
        String word = m.group();
        if (letters(word) < MIN_LETTERS
                || !lexicon.namesNothingElse(word)
                || word.endsWith("s") && !lexicon.namesNothingElse(word.substring(0, word.length() - 1))
                || lexicon.isAmbiguous(word)
                || KnownNameRecognizer.afterSaint(text, m.start())
                || POSSESSIVE_DISEASE
                        .matcher(text)
                        .region(m.end(), text.length())
                        .lookingAt()
                || isCommon(word)) {
            return false;
        }
        return (!english.isProperNounOnly(word) || lexicon.isKnownName(word)) && inEnglish(text, m.start());
    }

    /**
     * In a sentence of another language every word is unknown to English, and German capitalises its nouns: only
     * sentences mostly in English words are read, and sentences too short to tell.
     */
    private boolean inEnglish(String text, int at) {
        int start = at;
        while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at;
        while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        Matcher w = LOWER_WORD.matcher(text).region(start, end);
        int words = 0;
        int english = 0;
        while (w.find()) {
            words++;
            english += this.english.isCommonWord(w.group()) ? 1 : 0;
        }
        return words < MIN_SENTENCE_WORDS || english >= ENGLISH_SHARE * words;
    }

    /** "Follow-Up" is common because each of its parts is; "Campbell-Brown" is not. */
    private boolean isCommon(String word) {
        if (english.isCommonWord(word)) {
            return true;
        }
        String[] parts = word.split("-");
        if (parts.length == 1) {
            return false;
        }
        for (String part : parts) {
            if (!english.isCommonWord(part)) {
                return false;
            }
        }
        return true;
    }

    private static int letters(String word) {
        return (int) word.chars().filter(Character::isLetter).count();
    }
}
