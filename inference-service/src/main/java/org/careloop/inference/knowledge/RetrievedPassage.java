package org.careloop.inference.knowledge;

/** A passage that passed the score threshold, with its best chunk similarity. */
public record RetrievedPassage(Passage passage, double score) {}
