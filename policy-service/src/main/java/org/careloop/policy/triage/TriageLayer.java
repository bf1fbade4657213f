package org.careloop.policy.triage;

/** Which screening layer raised a red flag; each is measured alone and together, and none can lower another. */
public enum TriageLayer {
    /** A catalogue phrase, with negation, time and experiencer taken from its context. */
    RULES,
    /** A catalogue phrase found after correcting a misspelt word ("chest pian"). */
    SPELLING,
    /** A sentence close to the labelled exemplars of a category in an in-process sentence-embedding model. */
    SEMANTIC,
    /** The message, or part of it, is in a language careloop cannot screen. */
    LANGUAGE,
    /** An optional opinion of a configured language model on the de-identified text. */
    LLM
}
