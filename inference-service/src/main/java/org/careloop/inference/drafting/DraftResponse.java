package org.careloop.inference.drafting;

import java.util.List;

import org.careloop.inference.knowledge.Citation;

/** A drafted reply with placeholders kept, its citations and its provenance. */
public record DraftResponse(String draftId, String text, List<Citation> citations, Provenance provenance) {
}
