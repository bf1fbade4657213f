package org.careloop.policy.deid;

/**
 * An identifier found by a recognizer: its type and offsets in the text. {@code priority} decides between
 * overlapping detections (an e-mail address beats the name inside it).
 */
public record Detection(EntityType type, int start, int end, int priority) {

    public Detection {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Detection other) {
        return start < other.end && other.start < end;
    }

    public String valueIn(String text) {
        return text.substring(start, end);
    }
}
