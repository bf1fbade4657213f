package org.careloop.inference.knowledge;

import java.util.List;

/**
 * One approved patient-education passage: the unit that is cited.
 *
 * @param sentences the plain-text sentences of the body, in order (Markdown removed)
 */
public record Passage(String id, String title, List<String> sentences, String source) {

    public Passage {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return String.join(" ", sentences);
    }
}
