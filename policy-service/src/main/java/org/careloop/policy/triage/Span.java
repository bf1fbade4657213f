package org.careloop.policy.triage;

/** Offsets into a text, start inclusive, end exclusive. */
public record Span(int start, int end) {}
