package org.careloop.policy.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * What English knows of a word, from LanguageTool's English part-of-speech dictionary (some 350 000 word forms
 * with their tags, British and American spellings). A word is <em>common</em> when any reading of it, as written or
 * in lower case, is not a proper noun ("hope", "amber", "metformin", "Colour" at a sentence's start); a word that
 * is a proper noun only ("Mabel", "Tylenol", "Monday") or unknown ("Delroy", "Faoláin") is not.
 */
public final class EnglishVocabulary {

    private static final String DICTIONARY = "/org/languagetool/resource/en/english.dict";
    private static final String PROPER_NOUN = "NNP";

    private final Dictionary dictionary;

    private EnglishVocabulary(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    private static final class Shared {
        static final EnglishVocabulary VOCABULARY = load();
    }

    /** One vocabulary for the whole service: the dictionary is read once, on first use. */
    public static EnglishVocabulary shared() {
        return Shared.VOCABULARY;
    }

    private static EnglishVocabulary load() {
        URL url = EnglishVocabulary.class.getResource(DICTIONARY);
        if (url == null) {
            throw new IllegalStateException("English dictionary missing from the classpath: " + DICTIONARY);
        }
        try {
            return new EnglishVocabulary(Dictionary.read(url));
        } catch (IOException e) {
            throw new UncheckedIOException("English dictionary unreadable: " + DICTIONARY, e);
        }
    }

    /** A word English uses other than as a name, in any case. */
    public boolean isCommonWord(String word) {
        // A lookup keeps buffers of its own: one per call keeps this safe to share between request threads.
        DictionaryLookup lookup = new DictionaryLookup(dictionary);
        return hasCommonReading(lookup.lookup(word)) || hasCommonReading(lookup.lookup(word.toLowerCase(Locale.ROOT)));
    }

    /** A word English knows only as a proper noun: a name, a place, a brand, a day. */
    public boolean isProperNounOnly(String word) {
        DictionaryLookup lookup = new DictionaryLookup(dictionary);
        List<WordData> readings = lookup.lookup(word);
        // The readings as written are checked here; only the lower-case form needs a second lookup.
        return !readings.isEmpty()
                && !hasCommonReading(readings)
                && !hasCommonReading(lookup.lookup(word.toLowerCase(Locale.ROOT)));
    }

    private static boolean hasCommonReading(List<WordData> readings) {
        for (WordData reading : readings) {
            CharSequence tag = reading.getTag();
            if (tag != null && !tag.toString().startsWith(PROPER_NOUN)) {
                return true;
            }
        }
        return false;
    }
}
