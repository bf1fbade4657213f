package org.careloop.policy.checks;

import jakarta.validation.constraints.PositiveOrZero;

/** A knowledge-base passage supporting draftText[start, end). */
public record Citation(
        String passageId,
        @PositiveOrZero(message = "must be 0 or more") int start,
        @PositiveOrZero(message = "must be 0 or more") int end) {}
