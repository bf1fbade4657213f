package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.policy.common.EnglishVocabulary;

/**
 * A given name that says where the person is from: "Mark from the allotment says", "Amber from the Co-op gave me
 * your number", "Gareth from the cardiac team rang". The cue makes even a name that is also a word ("Mark", "Amber",
 * "Rose") a person; after an article or a possessive ("a Bill from the hospital") it is a thing.
 */
final class NameFromPlaceRecognizer implements Recognizer {

    private static final Pattern NAME_FROM = Pattern.compile("(?<![\\p{L}\\p{N}'’.-])(" + NameRecognizer.WORD
            + ")(?=(?:[ \\t]+(" + NameRecognizer.WORD + "))?[ \\t]+from[ \\t]+(?:the|my|your|our|his|her|their"
            + "|next|work|church|school|college|uni|reception)[ \\t])");
    private static final Pattern THING_BEFORE =
            Pattern.compile("(?i:\\b(?:a|an|the|my|your|our|his|her|their|this|that|some|any|no)[ \\t]+)$");

    private final DeidLexicon lexicon;
    private final EnglishVocabulary vocabulary;

    NameFromPlaceRecognizer(DeidLexicon lexicon, EnglishVocabulary vocabulary) {
        this.lexicon = lexicon;
        this.vocabulary = vocabulary;
    }

    @Override
    public List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        Matcher m = NAME_FROM.matcher(text);
        while (m.find()) {
            String given = m.group(1);
            if (!person(given)
                    || lexicon.isGreetingOrSignOff(given)
                    || THING_BEFORE
                            .matcher(text)
                            .region(Math.max(0, m.start() - 8), m.start())
                            .find()) {
                continue;
            }
            int end = m.group(2) != null && lexicon.isPlainName(m.group(2)) ? m.end(2) : m.end(1);
            found.add(new Detection(EntityType.NAME, m.start(1), end, NameRecognizer.PRIORITY));
        }
        return found;
    }

    /** A curated given name, even one that is also a word ("Mark"), or a name word English does not have ("Gareth"). */
    private boolean person(String word) {
        if (!lexicon.namesNothingElse(word) || lexicon.isGreetingOrSignOff(word)) {
            return false;
        }
        return lexicon.isCuratedGivenName(word)
                || lexicon.isPlainName(word) && !vocabulary.isCommonWord(word.toLowerCase(Locale.ROOT));
    }
}
