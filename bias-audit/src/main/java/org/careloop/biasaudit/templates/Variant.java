package org.careloop.biasaudit.templates;

import java.util.Map;

/**
 * One value of an attribute: the text of each slot it fills, and, for a phrasing, which of the template's texts to
 * use instead of its main one ({@code text}: null for the main text).
 */
public record Variant(String id, String label, String text, Map<String, String> slots) {

    public Variant {
        slots = slots == null ? Map.of() : Map.copyOf(slots);
    }
}
