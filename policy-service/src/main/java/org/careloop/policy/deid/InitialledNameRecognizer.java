package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.policy.common.EnglishVocabulary;

/**
 * A surname after one to three initials: "J. Okafor", "N. C. Obi-Nwankwo", "M. Kowalski (rm 2)". The initials are the
 * cue; the word after them must be a surname or given name of the lexicon, or not an English word at all, so that
 * "vitamin D. Also" and "plan B. Then" name nobody.
 */
final class InitialledNameRecognizer implements Recognizer {

    static final int PRIORITY = 28;
    private static final Pattern INITIALLED = Pattern.compile(
            "(?<![\\p{L}\\p{N}.'’-])(?:\\p{Lu}\\.[ \\t]?){1,3}[ \\t]*(" + NameRecognizer.WORD + ")(?![\\p{L}\\p{N}])");

    private final DeidLexicon lexicon;
    private final EnglishVocabulary vocabulary;

    InitialledNameRecognizer(DeidLexicon lexicon, EnglishVocabulary vocabulary) {
        this.lexicon = lexicon;
        this.vocabulary = vocabulary;
    }

    @Override
    public List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        Matcher m = INITIALLED.matcher(text);
        while (m.find()) {
            if (surname(m.group(1))) {
                found.add(new Detection(EntityType.NAME, m.start(), m.end(), PRIORITY));
            }
        }
        return found;
    }

    private boolean surname(String word) {
        if (!lexicon.namesNothingElse(word)) {
            return false;
        }
        return lexicon.isKnownName(word) && !lexicon.isAmbiguous(word)
                || !vocabulary.isCommonWord(word.toLowerCase(Locale.ROOT));
    }
}
