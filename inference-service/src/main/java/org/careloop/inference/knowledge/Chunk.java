package org.careloop.inference.knowledge;

/**
 * A window of whole sentences of one passage, embedded as one vector.
 *
 * @param firstSentence index of the first sentence in the passage (inclusive)
 * @param lastSentence  index of the last sentence in the passage (exclusive)
 */
public record Chunk(String passageId, String text, int firstSentence, int lastSentence) {}
