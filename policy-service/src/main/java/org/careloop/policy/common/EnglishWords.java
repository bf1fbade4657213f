package org.careloop.policy.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The whole words of the sentence model's WordPiece vocabulary: a broad list of correctly spelt English (and of
 * names common in English text). A lower-case word outside it is a misspelling, or a name the lexicon lacks.
 */
public final class EnglishWords {

    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    private EnglishWords() {}

    public static Set<String> all() {
        return Holder.WORDS;
    }

    public static boolean contains(String word) {
        return Holder.WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                throw new IllegalStateException(TOKENIZER + " is not on the classpath");
            }
            Set<String> words = new HashSet<>();
            new ObjectMapper()
                    .readTree(in)
                    .path("model")
                    .path("vocab")
                    .fieldNames()
                    .forEachRemaining(token -> {
                        if (!token.startsWith("##") && token.chars().allMatch(Character::isLetter)) {
                            words.add(token);
                        }
                    });
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TOKENIZER, e);
        }
    }
}
