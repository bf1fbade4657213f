package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Identifiers with a fixed shape, found by a regular expression; {@code group} is the part to replace. */
final class PatternRecognizer implements Recognizer {

    private final EntityType type;
    private final Pattern pattern;
    private final int group;
    private final int priority;
    private final Predicate<String> valid;

    PatternRecognizer(EntityType type, Pattern pattern, int group, int priority, Predicate<String> valid) {
        this.type = type;
        this.pattern = pattern;
        this.group = group;
        this.priority = priority;
        this.valid = valid;
    }

    PatternRecognizer(EntityType type, Pattern pattern, int group, int priority) {
        this(type, pattern, group, priority, value -> true);
    }

    @Override
    public List<Detection> find(String text) {
        List<Detection> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int start = m.start(group);
            int end = m.end(group);
            if (start >= 0 && end > start && valid.test(text.substring(start, end))) {
                found.add(new Detection(type, start, end, priority));
                from = Math.max(m.end(), m.start() + 1);
            } else {
                // "insurance member ID X1": the first label's "code" was a word; look again from the next character.
                from = m.start() + 1;
            }
        }
        return found;
    }

    EntityType type() {
        return type;
    }
}
