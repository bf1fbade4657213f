package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name's initials belong to it: "R. Rajendran", "N. C. Obi-Nwankwo", "J.Okafor". Recognizers find the surname;
 * left alone, the initials would reach the model beside its placeholder.
 */
final class NameInitials {

    /** One to three capital initials, each with its full stop, right before the name. */
    private static final Pattern INITIALS_BEFORE = Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\.[ \\t]?){1,3}$");

    private NameInitials() {}

    /** {@code detections} in text order, each name widened over the initials before it. */
    static List<Detection> widened(String text, List<Detection> detections) {
        List<Detection> widened = new ArrayList<>(detections.size());
        int previousEnd = 0;
        for (Detection d : detections) {
            Detection kept = d;
            if (d.type() == EntityType.NAME) {
                Matcher m = INITIALS_BEFORE.matcher(text.substring(previousEnd, d.start()));
                if (m.find()) {
                    kept = new Detection(d.type(), previousEnd + m.start(), d.end(), d.priority());
                }
            }
            widened.add(kept);
            previousEnd = kept.end();
        }
        return widened;
    }
}
