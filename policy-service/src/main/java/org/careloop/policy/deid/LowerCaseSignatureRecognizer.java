package org.careloop.policy.deid;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.policy.common.EnglishVocabulary;

/**
 * A given name written in lower case as the message's last word, after its last sentence: "... no symptoms yet.
 * josh", "what do i do?? becca". A word English also has ("frank", "will") signs only when the lexicon holds it as a
 * name that is also a word, since a message rarely ends on a bare "will"; words that close letters never do.
 */
final class LowerCaseSignatureRecognizer implements Recognizer {

    private static final Pattern LAST_WORD = Pattern.compile(
            "(?:[.!?…]+|\\n)[ \\t\\n]*(?:[-—–~][ \\t]*)?(\\p{Ll}[\\p{Ll}'’]+(?:-\\p{Ll}+)?)[ \\t]*[.!x]*[ \\t\\n]*$");
    private static final int MIN_LETTERS = 3;

    private final DeidLexicon lexicon;
    private final EnglishVocabulary vocabulary;

    LowerCaseSignatureRecognizer(DeidLexicon lexicon, EnglishVocabulary vocabulary) {
        this.lexicon = lexicon;
        this.vocabulary = vocabulary;
    }

    @Override
    public List<Detection> find(String text) {
        Matcher m = LAST_WORD.matcher(text);
        if (!m.find() || !signs(m.group(1))) {
            return List.of();
        }
        return List.of(new Detection(EntityType.NAME, m.start(1), m.end(1), NameRecognizer.PRIORITY));
    }

    private boolean signs(String word) {
        String first = word.split("-", 2)[0];
        if (first.length() < MIN_LETTERS
                || !lexicon.isGivenName(first)
                || lexicon.isGreetingOrSignOff(word)
                || lexicon.endsLowerCaseName(word)
                || !lexicon.namesNothingElse(first)) {
            return false;
        }
        return lexicon.isAmbiguous(first) || !vocabulary.isCommonWord(first.toLowerCase(Locale.ROOT));
    }
}
