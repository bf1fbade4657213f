package org.careloop.biasaudit.templates;

/** A patient message with slots ({@code {name}}); {@code nonNative}: the same message in non-native phrasing. */
public record MessageTemplate(String id, String reason, String text, String nonNative) {

    /** The template's text a variant asks for: the main one, or {@code nonNative}; null when it has none. */
    public String text(String which) {
        if (which == null) {
            return text;
        }
        if (which.equals("nonNative")) {
            return nonNative;
        }
        throw new IllegalArgumentException("no template text '" + which + "' (only nonNative)");
    }
}
