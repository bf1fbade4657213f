package org.careloop.review.support;

import org.careloop.support.PlainTextValidator;

/**
 * Whether a task, incident or definition id from a request could name anything in the engine: Camunda's ID_ columns
 * hold at most 64 characters, and PostgreSQL refuses a NUL in a query (a 500), so anything else is "not found" at
 * once.
 */
public final class EngineIds {

    private static final int MAX_LENGTH = 64;

    private EngineIds() {}

    public static boolean plausible(String id) {
        return id != null && !id.isEmpty() && id.length() <= MAX_LENGTH && PlainTextValidator.isPlain(id);
    }
}
