package org.careloop.inference.knowledge;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A passage supporting the draft text between {@code start} (inclusive) and {@code end} (exclusive). Kept for
 * reflection: DraftingService reads stored citations with its own ObjectMapper, which a native image must allow.
 */
@RegisterForReflection
public record Citation(String passageId, String title, int start, int end) {}
