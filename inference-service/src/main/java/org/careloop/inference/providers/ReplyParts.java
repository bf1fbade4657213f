package org.careloop.inference.providers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fixed pieces of every draft, whichever provider wrote the rest. */
public final class ReplyParts {

    public static final String CARE_TEAM_GUIDANCE =
            "If your symptoms get worse or you are worried, contact your care team; in an emergency call 911.";

    public static final String RED_FLAG_NOTICE = "Some of what you describe can be a sign of a serious problem. "
            + "If it is happening now, call 911 or go to the nearest emergency department right away.";

    // "Hi, this is [NAME_1]", "[NAME_1] here", "My name is [NAME_1]" at the start; "Thanks, [NAME_1]" at the end.
    private static final Pattern NAMED_AT_START = Pattern.compile(
            "^\\W*(?:(?:hi|hello|hey|dear\\s+\\S+|good\\s+(?:morning|afternoon|evening))\\W+)?"
                    + "(?:(?:this\\s+is|it'?s|it\\s+is|i\\s+am|i'?m|my\\s+name\\s+is)\\s+)?(\\[NAME_\\d+])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_AT_END = Pattern.compile(
            "(?:thanks|thank\\s+you|regards|best|sincerely|cheers)\\W*(?:\\s*-\\s*)?(\\[NAME_\\d+])\\W*$",
            Pattern.CASE_INSENSITIVE);

    private ReplyParts() {}

    /** "Hello [NAME_1]," when the writer names themself at the start or signs at the end, else "Hello,". */
    public static String greeting(String messageText) {
        Matcher start = NAMED_AT_START.matcher(messageText);
        if (start.find()) {
            return "Hello " + start.group(1) + ",";
        }
        Matcher end = NAMED_AT_END.matcher(messageText.strip());
        if (end.find()) {
            return "Hello " + end.group(1) + ",";
        }
        return "Hello,";
    }
}
