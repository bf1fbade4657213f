package org.careloop.inference.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns Markdown bodies into sentences and sentences into overlapping chunks.
 * Sentences stay whole so that a cited span in a draft is always a complete sentence of the passage.
 */
public final class Chunker {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}0-9\"(])");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");

    private Chunker() {}

    /** Plain sentences of a Markdown body: headings dropped, list items become sentences. */
    public static List<String> sentences(String markdown) {
        List<String> sentences = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String rawLine : markdown.split("\\R")) {
            String line = rawLine.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("<!--") || line.startsWith(">")) {
                flush(paragraph, sentences);
                continue;
            }
            if (LIST_ITEM.matcher(line).find()) {
                flush(paragraph, sentences);
                String item = clean(LIST_ITEM.matcher(line).replaceFirst(""));
                if (!item.isEmpty()) {
                    sentences.add(terminated(item));
                }
                continue;
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(line);
        }
        flush(paragraph, sentences);
        return sentences;
    }

    /** Splits plain prose into sentences at ., ! or ? followed by a capital or digit. */
    public static List<String> splitSentences(String prose) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(prose.strip())) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Windows of whole sentences up to {@code maxChars} (a single longer sentence is its own chunk),
     * each window overlapping the previous one by one sentence so that context across a boundary is kept.
     */
    public static List<Chunk> chunks(Passage passage, int maxChars) {
        List<String> sentences = passage.sentences();
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        while (start < sentences.size()) {
            int end = start;
            int length = 0;
            while (end < sentences.size()
                    && (end == start || length + 1 + sentences.get(end).length() <= maxChars)) {
                length += (end == start ? 0 : 1) + sentences.get(end).length();
                end++;
            }
            String text = passage.title() + ". " + String.join(" ", sentences.subList(start, end));
            chunks.add(new Chunk(passage.id(), text, start, end));
            if (end >= sentences.size()) {
                break;
            }
            start = end - start > 1 ? end - 1 : end;
        }
        return chunks;
    }

    private static void flush(StringBuilder paragraph, List<String> sentences) {
        if (paragraph.length() > 0) {
            for (String s : splitSentences(clean(paragraph.toString()))) {
                sentences.add(s);
            }
            paragraph.setLength(0);
        }
    }

    private static String clean(String text) {
        return EMPHASIS.matcher(LINK.matcher(text).replaceAll("$1"))
                .replaceAll("")
                .strip();
    }

    private static String terminated(String s) {
        char last = s.charAt(s.length() - 1);
        return (last == '.' || last == '!' || last == '?' || last == ':') ? s : s + ".";
    }
}
