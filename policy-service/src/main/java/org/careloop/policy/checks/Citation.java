package org.careloop.policy.checks;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.careloop.policy.common.TextLimits;
import org.careloop.support.PlainText;

/** A knowledge-base passage supporting draftText[start, end). */
public record Citation(
        @Size(max = TextLimits.IDENTIFIER, message = "must be at most {max} characters") @PlainText
        String passageId,

        @PositiveOrZero(message = "must be 0 or more") int start,
        @PositiveOrZero(message = "must be 0 or more") int end) {}
