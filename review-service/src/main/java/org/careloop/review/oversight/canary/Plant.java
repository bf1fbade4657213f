package org.careloop.review.oversight.canary;

/**
 * One change to a de-identified draft: {@code start..end} replaced by {@code replacement} (an insertion when they are
 * equal). Spans of the draft (findings, citations) are moved with {@link #map} so that they still cover their words.
 */
public record Plant(int start, int end, String replacement) {

    public String apply(String text) {
        return text.substring(0, start) + replacement + text.substring(end);
    }

    /** An offset of the draft in the planted text; a span that ends where the plant starts stays before it. */
    public int map(int offset, boolean isEnd) {
        if (offset < start || isEnd && offset == start) {
            return offset;
        }
        if (offset >= end) {
            return offset + replacement.length() - (end - start);
        }
        return isEnd ? start + replacement.length() : start;
    }
}
