package org.careloop.inference.providers;

/** Drafts a reply. Implementations: offline (extractive), openai, ollama. */
public interface Responder {

    /** The provider name used in configuration and provenance. */
    String provider();

    DraftOutput draft(DraftInput input);
}
