package org.careloop.inference.knowledge;

/** A sentence of a passage ({@code index} into {@link Passage#sentences()}) and its similarity to the query. */
public record ScoredSentence(String passageId, int index, String text, double score) {}
