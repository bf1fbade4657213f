package org.careloop.inference.drafting;

import java.util.List;
import org.careloop.inference.knowledge.Citation;

/** A drafted reply with placeholders kept, its citations and its provenance. */
public record DraftResponse(String draftId, String text, List<CitedPassage> citations, Provenance provenance) {

    /**
     * A passage supporting the draft between {@code start} and {@code end}, with the passage's approved text so the
     * clinician can read what the draft leans on ({@code null} when the passage has left the knowledge base).
     */
    public record CitedPassage(String passageId, String title, int start, int end, String passageText) {

        static CitedPassage of(Citation citation, String passageText) {
            return new CitedPassage(
                    citation.passageId(), citation.title(), citation.start(), citation.end(), passageText);
        }
    }
}
