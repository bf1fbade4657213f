package org.careloop.policy.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date is written with the words that belong to it: "Tuesday 5 March", "Mon, 3 Feb 2025", "the 3rd of March
 * 2010", "last Monday the 6th", "late June", "the 2nd of this month". A weekday, "the" or a part of the month just
 * before a date is taken into its placeholder, so that no part of the date is left
 * beside "[DATE_1]" (a weekday with the month and day narrows down the year).
 */
final class DateExtent {

    /** A weekday and/or "the", ending where the date starts. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?<![\\p{L}])(?:(?:(?:last|next|this|coming)[ \\t]+)?" + IdentifierPatterns.WEEKDAY
                    + "[ \\t]*,?[ \\t]+(?:the[ \\t]+)?|(?:(?:the[ \\t]+)?(?:end|beginning|start|middle)[ \\t]+of|early|mid|late)"
                    + "[ \\t]+(?:the[ \\t]+)?|mid-|the[ \\t]+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "the 2nd of this month": the month named in words after a day. */
    private static final Pattern TRAIL =
            Pattern.compile("[ \\t]+of[ \\t]+(?:this|last|next|the)[ \\t]+month\\b", Pattern.CASE_INSENSITIVE);

    /** How far back a lead-in can start: "coming Wednesday, the " is the longest. */
    private static final int LOOK_BACK = 24;

    private DateExtent() {}

    /** {@code detections} in text order, without overlaps; each date widened over its lead-in where that is free. */
    static List<Detection> widened(String text, List<Detection> detections) {
        List<Detection> out = new ArrayList<>(detections.size());
        int previousEnd = 0;
        for (Detection d : detections) {
            Detection kept = d.type() == EntityType.DATE ? widened(text, d, previousEnd) : d;
            out.add(kept);
            previousEnd = kept.end();
        }
        return out;
    }

    private static Detection widened(String text, Detection date, int notBefore) {
        int from = Math.max(notBefore, date.start() - LOOK_BACK);
        Matcher m = LEAD_IN.matcher(text).region(from, date.start());
        m.useTransparentBounds(true);
        int start = m.find() ? m.start() : date.start();
        Matcher trail = TRAIL.matcher(text).region(date.end(), text.length());
        int end = trail.lookingAt() ? trail.end() : date.end();
        return new Detection(date.type(), start, end, date.priority());
    }
}
