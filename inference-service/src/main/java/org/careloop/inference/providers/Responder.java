package org.careloop.inference.providers;

/** Drafts a reply. Implementations: offline (extractive), openai, ollama. */
public interface Responder {

    /** The provider name used in configuration and provenance. */
    String provider();

    /** The model's name as configured, for metrics and provenance. */
    String model();

    DraftOutput draft(DraftInput input);
}
