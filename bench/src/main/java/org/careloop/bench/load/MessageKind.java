package org.careloop.bench.load;

/** The three kinds of message in the mix; each has its texts in {@code messages/<kind>.txt}. */
public enum MessageKind {
    ROUTINE("routine"),
    EMERGENCY("emergency"),
    IDENTIFIERS("identifiers");

    final String resource;

    MessageKind(String resource) {
        this.resource = resource;
    }
}
