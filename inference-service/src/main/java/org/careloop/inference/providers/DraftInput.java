package org.careloop.inference.providers;

import java.util.List;
import org.careloop.inference.knowledge.Retrieval;

/** What a responder drafts from: de-identified text only, with the passages retrieved for it. */
public record DraftInput(String messageText, List<String> redFlagCategories, Retrieval retrieval, DraftPrompt prompt) {}
