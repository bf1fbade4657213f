package org.careloop.review.web;

import java.util.Arrays;
import java.util.List;

/**
 * Levenshtein distance on words (whitespace-separated tokens; punctuation stays part of its word): how many words
 * a clinician inserted, deleted or replaced between the draft and the text they approved. Words, not characters,
 * because that is the unit a reviewer edits and it stays cheap for 20 000-character texts.
 */
public final class EditDistance {

  private EditDistance() {}

  public static List<String> words(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.asList(text.strip().split("\\s+"));
  }

  public static int words(String from, String to) {
    List<String> a = words(from);
    List<String> b = words(to);
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (int j = 0; j <= b.size(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.size(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.size(); j++) {
        int substitution = previous[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.size()];
  }
}
