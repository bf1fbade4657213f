package org.careloop.policy.triage;

import static com.github.pemistahl.lingua.api.Language.*;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careloop.policy.common.EnglishVocabulary;

/**
 * Finds the parts of a message written in a language careloop cannot screen (every layer is English). Such a
 * message is never routine: it is flagged {@code LANGUAGE_NOT_SCREENED} at EMERGENCY, so that the patient sees the
 * emergency advice at once and a clinician on call reads it, instead of it waiting in a queue as "routine".
 * English is what is allowed, not what is guessed: besides the language detector, a part whose words are mostly not
 * English words (Urdu, Hindi or Arabic written in Latin letters, which no detector here knows) is not screened either,
 * nor one in Arabizi or an English-based creole ({@link RomanisedLanguages}), however many English words it has.
 */
final class LanguageScreen {

    static final String CATEGORY = "LANGUAGE_NOT_SCREENED";
    private static final Language SCREENED = ENGLISH;
    /** Shorter pieces ("gracias", "Hola doctor") are too short to tell and are left to the other layers. */
    private static final int MIN_LETTERS = 12;

    private static final int MIN_SENTENCE_WORDS = 4;
    /** Lingua's confidence values are relative to the most likely language (1.0) and close together. */
    private static final double ENGLISH_AT_MOST = 0.9;
    /**
     * Short English notes ("Bee sting on hand") can look foreign; a share of English function words says not.
     * Words that other languages share ("a", "no", "me", "in") are not counted.
     */
    private static final double ENGLISH_FUNCTION_WORDS = 0.15;
    /**
     * The share of words (of two letters or more) that English's dictionary knows, names aside, below which a part is
     * not English. English as patients write it, misspelt, abbreviated and full of drug names, measured at 0.50 and
     * above over the development messages; messages in other languages, Latin-script ones included, at 0.38 and below.
     */
    private static final double ENGLISH_WORDS_AT_LEAST = 0.4;

    private static final int MIN_WORDS_TO_COUNT = 6;
    private static final String UNKNOWN = "language-unknown";
    /** Splits a text into words: letters and apostrophes. */
    private static final java.util.regex.Pattern NOT_A_WORD = java.util.regex.Pattern.compile("[^\\p{L}']+");

    private static final java.util.regex.Pattern EDGE_APOSTROPHES = java.util.regex.Pattern.compile("^'+|'+$");

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
            "the", "and", "of", "to", "on", "at", "for", "with", "from", "by", "is", "are", "was", "were", "be", "been",
            "have", "has", "had", "do", "does", "did", "im", "i'm", "my", "you", "your", "he", "she", "it", "its",
            "it's", "we", "they", "his", "her", "our", "their", "this", "that", "not", "can", "can't", "cant", "will",
            "would", "should", "need", "please", "what", "when", "how", "if", "just", "after", "since", "now", "there",
            "here", "about", "up", "out", "get", "got");

    private static final class Holder {
        // The languages most often written to clinics in North America and Europe, plus scripts that are never
        // English; a smaller set keeps English text from being mistaken for a rare language.
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
                        ENGLISH,
                        SPANISH,
                        PORTUGUESE,
                        FRENCH,
                        GERMAN,
                        ITALIAN,
                        POLISH,
                        RUSSIAN,
                        UKRAINIAN,
                        TURKISH,
                        ARABIC,
                        PERSIAN,
                        HINDI,
                        BENGALI,
                        CHINESE,
                        JAPANESE,
                        KOREAN,
                        VIETNAMESE,
                        TAGALOG,
                        SOMALI)
                .withPreloadedLanguageModels()
                .build();
    }

    /** A red flag per part that is not in English (the whole text when most of it is not), or none. */
    List<RedFlag> assess(String text) {
        if (letters(text) < MIN_LETTERS) {
            return List.of();
        }
        RedFlag whole = notEnglish(text, 0, text.length());
        if (whole != null) {
            return List.of(whole);
        }
        List<RedFlag> flags = new ArrayList<>();
        for (MessageSegments.Segment sentence : MessageSegments.sentences(text)) {
            String part = sentence.in(text);
            if (part.split("\\s+").length < MIN_SENTENCE_WORDS || letters(part) < MIN_LETTERS) {
                continue;
            }
            RedFlag flag = notEnglish(part, sentence.start(), sentence.end());
            if (flag != null) {
                flags.add(flag);
            }
        }
        return flags;
    }

    /** A flag for this part when it is not English, else null. */
    private static RedFlag notEnglish(String part, int start, int end) {
        RedFlag detected = detectedLanguage(part, start, end);
        if (detected != null) {
            return detected;
        }
        String romanised = RomanisedLanguages.of(part);
        if (romanised != null) {
            return flag(romanised, start, end, 1.0);
        }
        Double englishWords = englishWordShare(part);
        if (englishWords != null && englishWords < ENGLISH_WORDS_AT_LEAST) {
            return flag(UNKNOWN, start, end, 1 - englishWords);
        }
        return null;
    }

    /** A flag naming the language the detector finds, when it is not English, else null. */
    private static RedFlag detectedLanguage(String part, int start, int end) {
        // The share of English function words is cheap and settles most English text; the detector is not cheap.
        if (functionWordShare(part) >= ENGLISH_FUNCTION_WORDS) {
            return null;
        }
        Map<Language, Double> confidence = Holder.DETECTOR.computeLanguageConfidenceValues(part);
        Language top = top(confidence);
        if (top == null
                || top == SCREENED
                || confidence.getOrDefault(SCREENED, 0.0) / confidence.get(top) > ENGLISH_AT_MOST) {
            return null;
        }
        return flag(top, start, end, confidence.get(top));
    }

    /** The share of the part's words that are English words, or null when it has too few words to tell. */
    private static Double englishWordShare(String text) {
        EnglishVocabulary english = EnglishVocabulary.shared();
        int all = 0;
        int known = 0;
        for (String word : NOT_A_WORD.split(text)) {
            String bare = EDGE_APOSTROPHES.matcher(word).replaceAll("");
            if (bare.length() >= 2) {
                all++;
                known += english.isCommonWord(bare) ? 1 : 0;
            }
        }
        return all < MIN_WORDS_TO_COUNT ? null : (double) known / all;
    }

    private static double functionWordShare(String text) {
        String[] words = NOT_A_WORD.split(text.toLowerCase(Locale.ROOT));
        int all = 0;
        int function = 0;
        for (String word : words) {
            if (!word.isEmpty()) {
                all++;
                function += FUNCTION_WORDS.contains(word) ? 1 : 0;
            }
        }
        return all == 0 ? 0 : (double) function / all;
    }

    private static RedFlag flag(Language language, int start, int end, double confidence) {
        return flag(
                "language-" + language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT), start, end, confidence);
    }

    private static RedFlag flag(String ruleId, int start, int end, double score) {
        return new RedFlag(
                CATEGORY,
                Severity.EMERGENCY,
                start,
                end,
                ruleId,
                TriageLayer.LANGUAGE,
                Math.round(score * 1000) / 1000.0);
    }

    private static Language top(Map<Language, Double> confidence) {
        return confidence.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
