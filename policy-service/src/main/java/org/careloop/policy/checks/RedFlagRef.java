package org.careloop.policy.checks;

import jakarta.validation.constraints.Size;
import org.careloop.policy.common.TextLimits;
import org.careloop.policy.triage.Severity;
import org.careloop.support.PlainText;

/** A red flag from the screening of the message the draft answers (other fields of it are ignored). */
public record RedFlagRef(
        @Size(max = TextLimits.IDENTIFIER, message = "must be at most {max} characters") @PlainText
        String category,

        Severity severity) {}
