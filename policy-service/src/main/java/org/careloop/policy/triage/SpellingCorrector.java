package org.careloop.policy.triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.careloop.policy.common.EnglishVocabulary;
import org.careloop.policy.common.EnglishWords;

/**
 * Puts misspelt symptom words right ("chest pian", "siezure", "vomitting") so that the catalogue and the
 * semantic layer see what the patient meant. A word is corrected only when it is not a known English word (the
 * embedding model's own vocabulary) and lies within one edit (two for long words) of a word of the triage
 * vocabulary, or, failing that, sounds like one (Double Metaphone: "throte" for "throat", "stumick" for "stomach")
 * and is at most two edits from it; offsets of the corrected text map back to the original.
 */
final class SpellingCorrector {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern VOCABULARY_WORD = Pattern.compile("[a-z]{4,}");
    private static final int MIN_LENGTH = 4;

    /** A text with its misspellings corrected and, for each of its characters, where it was in the original. */
    record Corrected(String text, int[] toOriginal, int corrections) {

        int originalStart(int start) {
            return toOriginal[start];
        }

        int originalEnd(int end) {
            return end == 0 ? 0 : toOriginal[end - 1] + 1;
        }
    }

    private static final int MIN_SOUND_LENGTH = 5;
    private static final int MAX_SOUND_DISTANCE = 2;
    private static final DoubleMetaphone SOUND = new DoubleMetaphone();

    private final List<String> targets;
    private final Set<String> known;
    /** The vocabulary's words by how they sound. */
    private final Map<String, List<String>> bySound;

    /** {@code catalogue}: the catalogue's patterns; their words are what a misspelling can become. */
    SpellingCorrector(Collection<String> catalogue) {
        this(catalogue, List.of());
    }

    /**
     * The catalogue's words and the exemplars' are what a misspelling can become. An exemplar word the model does not
     * know counts only when two exemplars use it: exemplars are written as patients write, misspellings included
     * ("chest pian"), and a misspelling must never become a word to leave alone.
     */
    SpellingCorrector(Collection<String> catalogue, Collection<String> exemplars) {
        Set<String> english = EnglishWords.all();
        Set<String> words = new HashSet<>();
        catalogue.forEach(source -> words.addAll(vocabulary(source)));
        Map<String, Integer> uses = new HashMap<>();
        exemplars.forEach(source -> vocabulary(source).forEach(w -> uses.merge(w, 1, Integer::sum)));
        uses.forEach((word, count) -> {
            if (count >= 2 || english.contains(word)) {
                words.add(word);
            }
        });
        this.targets = words.stream().sorted().toList();
        this.bySound = targets.stream()
                .filter(w -> w.length() >= MIN_SOUND_LENGTH)
                .collect(Collectors.groupingBy(SOUND::doubleMetaphone));
        Set<String> all = new HashSet<>(english);
        all.addAll(words);
        this.known = Set.copyOf(all);
    }

    private static Set<String> vocabulary(String source) {
        Set<String> words = new HashSet<>();
        Matcher m = VOCABULARY_WORD.matcher(source.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    Corrected correct(String text) {
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> map = new ArrayList<>(text.length() + 8);
        int corrections = 0;
        int at = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            for (int i = at; i < m.start(); i++) {
                out.append(text.charAt(i));
                map.add(i);
            }
            String word = m.group();
            String correction = correction(word.toLowerCase(Locale.ROOT));
            if (correction == null) {
                out.append(word);
                for (int i = m.start(); i < m.end(); i++) {
                    map.add(i);
                }
            } else {
                corrections++;
                out.append(correction);
                for (int j = 0; j < correction.length(); j++) {
                    map.add(m.start() + Math.min(j, word.length() - 1));
                }
            }
            at = m.end();
        }
        for (int i = at; i < text.length(); i++) {
            out.append(text.charAt(i));
            map.add(i);
        }
        return new Corrected(
                out.toString(), map.stream().mapToInt(Integer::intValue).toArray(), corrections);
    }

    /** The vocabulary word {@code word} most likely stands for, or null when it is known or nothing is close. */
    String correction(String word) {
        if (word.length() < MIN_LENGTH || known.contains(word)) {
            return null;
        }
        int allowed = word.length() >= 8 ? 2 : 1;
        String best = null;
        int bestDistance = allowed + 1;
        for (String target : targets) {
            if (Math.abs(target.length() - word.length()) > allowed
                    || target.charAt(0) != word.charAt(0) && word.length() < 6) {
                continue;
            }
            int distance = distance(word, target, bestDistance);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = target;
            }
        }
        // Two edits are for long misspellings ("vommitting"); a long word that is a known word with an ending
        // ("chopping", "flattened") is spelt right, however close it is to a symptom ("choking").
        if (bestDistance == 2 && inflectionOfKnownWord(word)) {
            return null;
        }
        return best != null ? best : soundsLike(word);
    }

    /**
     * The nearest vocabulary word that sounds like {@code word} and starts with its first two letters, or null. Only
     * for a word no English dictionary has: "hernia", "overdue" and "nightie" sound like symptom words too.
     */
    private String soundsLike(String word) {
        if (word.length() < MIN_SOUND_LENGTH) {
            return null;
        }
        // The dictionary is asked only when some vocabulary word sounds alike, which few misspellings meet.
        List<String> alike = bySound.getOrDefault(SOUND.doubleMetaphone(word), List.of());
        if (alike.isEmpty()
                || inflectionOfKnownWord(word)
                || EnglishVocabulary.shared().isCommonWord(word)
                || EnglishVocabulary.shared().isProperNounOnly(word)) {
            return null;
        }
        String best = null;
        int bestDistance = MAX_SOUND_DISTANCE + 1;
        for (String target : alike) {
            if (!target.startsWith(word.substring(0, 2))) {
                continue;
            }
            int distance = distance(word, target, bestDistance);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = target;
            }
        }
        return best;
    }

    private static final String[] ENDINGS = {"ing", "ings", "ed", "es", "s", "er", "ers", "ly", "ness"};

    /** "chopping" (chop), "making" (make), "flattened" (flatten): a known word with a regular ending. */
    boolean inflectionOfKnownWord(String word) {
        for (String ending : ENDINGS) {
            if (!word.endsWith(ending) || word.length() - ending.length() < 3) {
                continue;
            }
            String stem = word.substring(0, word.length() - ending.length());
            boolean doubled = stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
            if (known.contains(stem)
                    || known.contains(stem + "e")
                    || doubled && known.contains(stem.substring(0, stem.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Optimal-string-alignment distance (a transposition is one edit), giving up once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
