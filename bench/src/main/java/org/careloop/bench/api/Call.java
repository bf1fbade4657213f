package org.careloop.bench.api;

import com.fasterxml.jackson.databind.JsonNode;

/** One answered HTTP call: its status (0 when no answer came), the parsed body when JSON, and how long it took. */
public record Call(int status, JsonNode body, long nanos, String failure) {

    public boolean is(int expected) {
        return status == expected;
    }

    /** "202", "409", or the exception's class when nothing answered. */
    public String outcome() {
        return status == 0 ? failure : Integer.toString(status);
    }

    public String errorCode() {
        return body != null && body.hasNonNull("error") ? body.get("error").asText() : null;
    }
}
