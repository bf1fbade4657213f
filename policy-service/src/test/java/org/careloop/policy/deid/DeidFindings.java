package org.careloop.policy.deid;

import java.util.List;

/** What the classpath de-identifier finds in a text, as "TYPE:value" in text order: what the deid tests compare. */
final class DeidFindings {

    private static final Deidentifier DEID = Deidentifier.fromClasspath();

    private DeidFindings() {}

    static List<String> found(String text) {
        return DEID.deidentify(text).entities().stream()
                .map(e -> e.type() + ":" + text.substring(e.start(), e.end()))
                .toList();
    }
}
