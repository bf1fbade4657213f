package org.careloop.policy.deid;

import java.util.List;

/** Finds one family of identifiers in a text. */
public interface Recognizer {

    List<Detection> find(String text);
}
