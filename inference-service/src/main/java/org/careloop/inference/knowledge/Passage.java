package org.careloop.inference.knowledge;

import java.util.List;
import java.util.Set;

/**
 * One approved patient-education passage: the unit that is cited.
 *
 * @param sentences the plain-text sentences of the body, in order (Markdown removed)
 * @param redFlags  red-flag categories of policy-service that this passage addresses ({@code red-flags:})
 */
public record Passage(String id, String title, List<String> sentences, String source, Set<String> redFlags) {

    public Passage {
        sentences = List.copyOf(sentences);
        redFlags = Set.copyOf(redFlags);
    }

    public Passage(String id, String title, List<String> sentences, String source) {
        this(id, title, sentences, source, Set.of());
    }

    public String text() {
        return String.join(" ", sentences);
    }
}
