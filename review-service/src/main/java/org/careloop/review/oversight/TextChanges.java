package org.careloop.review.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a clinician changed between the draft and the text they approved, aligned word by word (whitespace-separated
 * words; punctuation stays part of its word): how many words were inserted, deleted or replaced (Levenshtein on
 * words), how many characters that took, and which of the draft's words survived, so that one can ask whether the
 * text at a finding's span was touched.
 */
public final class TextChanges {

    /** Above this many alignment cells the changed middle of the texts is counted as wholly rewritten. */
    static final long MAX_ALIGNED_CELLS = 4_000_000;

    private static final Pattern WORD = Pattern.compile("\\S+");

    record Word(String text, int start, int end) {}

    private final List<Word> draft;
    private final boolean[] kept;
    /** {@code insertedBefore[i]}: the clinician added words just before the draft's word {@code i}. */
    private final boolean[] insertedBefore;

    private final int wordsChanged;
    private final int charsChanged;

    private TextChanges(
            List<Word> draft, boolean[] kept, boolean[] insertedBefore, int wordsChanged, int charsChanged) {
        this.draft = draft;
        this.kept = kept;
        this.insertedBefore = insertedBefore;
        this.wordsChanged = wordsChanged;
        this.charsChanged = charsChanged;
    }

    public static TextChanges between(String draftText, String approvedText) {
        List<Word> a = words(draftText);
        List<Word> b = words(approvedText);
        boolean[] kept = new boolean[a.size()];
        boolean[] insertedBefore = new boolean[a.size() + 1];
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && same(a, prefix, b, prefix)) {
            kept[prefix++] = true;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix
                && suffix < b.size() - prefix
                && same(a, a.size() - 1 - suffix, b, b.size() - 1 - suffix)) {
            kept[a.size() - 1 - suffix++] = true;
        }
        List<Word> from = a.subList(prefix, a.size() - suffix);
        List<Word> to = b.subList(prefix, b.size() - suffix);
        if ((long) (from.size() + 1) * (to.size() + 1) > MAX_ALIGNED_CELLS) {
            // Too long to align: every word of the changed middle counts as changed.
            int chars = from.stream().mapToInt(w -> w.text().length()).sum()
                    + to.stream().mapToInt(w -> w.text().length()).sum();
            for (int i = prefix + 1; i < a.size() - suffix; i++) {
                insertedBefore[i] = !to.isEmpty();
            }
            return new TextChanges(a, kept, insertedBefore, Math.max(from.size(), to.size()), chars);
        }
        return aligned(a, kept, insertedBefore, prefix, from, to);
    }

    private static TextChanges aligned(
            List<Word> a, boolean[] kept, boolean[] insertedBefore, int offset, List<Word> from, List<Word> to) {
        int n = from.size();
        int m = to.size();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int diagonal = d[i - 1][j - 1]
                        + (from.get(i - 1).text().equals(to.get(j - 1).text()) ? 0 : 1);
                d[i][j] = Math.min(diagonal, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        int chars = 0;
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && from.get(i - 1).text().equals(to.get(j - 1).text()) && d[i][j] == d[i - 1][j - 1]) {
                kept[offset + i - 1] = true;
                i--;
                j--;
            } else if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + 1) {
                chars += characterDistance(from.get(i - 1).text(), to.get(j - 1).text());
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                chars += from.get(i - 1).text().length();
                i--;
            } else {
                chars += to.get(j - 1).text().length();
                insertedBefore[offset + i] = true;
                j--;
            }
        }
        return new TextChanges(a, kept, insertedBefore, d[n][m], chars);
    }

    /** Levenshtein distance on characters, for one replaced word. */
    static int characterDistance(String x, String y) {
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }

    private static boolean same(List<Word> a, int i, List<Word> b, int j) {
        return a.get(i).text().equals(b.get(j).text());
    }

    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.group(), m.start(), m.end()));
        }
        return words;
    }

    /** Words inserted, deleted or replaced. */
    public int wordsChanged() {
        return wordsChanged;
    }

    /** Characters it took: a replaced word counts its character edit distance, a removed or added word its length. */
    public int charsChanged() {
        return charsChanged;
    }

    public int draftWords() {
        return draft.size();
    }

    /**
     * Whether the clinician touched the draft's text between {@code start} and {@code end}: a word overlapping it was
     * deleted or replaced, or words were added between two of its words ("take" "do not" "800 mg"). Words added just
     * before or after it are a sentence of the clinician's own, not a change of this one. A span without a word in it
     * cannot have been changed.
     */
    public boolean changedWithin(int start, int end) {
        boolean inside = false;
        for (int i = 0; i < draft.size(); i++) {
            Word w = draft.get(i);
            if (w.start() < end && start < w.end()) {
                if (!kept[i] || inside && insertedBefore[i]) {
                    return true;
                }
                inside = true;
            }
        }
        return false;
    }
}
