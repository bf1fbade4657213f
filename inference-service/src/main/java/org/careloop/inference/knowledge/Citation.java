package org.careloop.inference.knowledge;

/** A passage supporting the draft text between {@code start} (inclusive) and {@code end} (exclusive). */
public record Citation(String passageId, String title, int start, int end) {}
