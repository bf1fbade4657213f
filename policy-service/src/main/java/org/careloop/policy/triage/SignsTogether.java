package org.careloop.policy.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs that are an emergency together though each alone is not, read over the whole message so that they may stand
 * in different sentences ("my left leg has swelled right up ... today I'm puffed out on the stairs"):
 *
 * <ul>
 *   <li>a swollen or painful leg with breathlessness or coughing blood: a clot that may have reached the lungs (NICE
 *       NG158);
 *   <li>a fever with drowsiness or confusion: sepsis or meningitis (NICE NG51 and NG240, red flags at any age).
 * </ul>
 *
 * Each is raised only when one of its first signs is about the patient now; negation, history and hypotheticals are
 * decided by {@link ClinicalContext} for every sign.
 */
final class SignsTogether {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** When a sign of {@code first} is present, each present sign of {@code then} is raised at EMERGENCY. */
    private record Pair(String category, String ruleId, Pattern first, Pattern then) {}

    private static final List<Pair> PAIRS = List.of(
            new Pair(
                    "BLOOD_CLOT",
                    "leg-clot-with-breathlessness",
                    words(
                            "(?:calf|leg|thigh)s?\\s+(?:\\w+\\s+){0,5}?(?:swollen|swelled|swelling|swole|puffed\\s+up|tight|red|"
                                    + "hot|purple|purplish|painful|aching|throbbing|tender)"
                                    + "|(?:swollen|swelled|painful|tender|hot|red|throbbing)\\s+(?:left\\s+|right\\s+)?(?:calf|leg|thigh)"),
                    words(
                            "short\\s+of\\s+breath|breathless(?:ness)?|out\\s+of\\s+breath|puffed\\s+out|puffing|winded|"
                                    + "(?:can't|cannot|can\\s+not|struggling\\s+to|hard\\s+to)\\s+(?:catch\\s+my\\s+breath|breathe)|"
                                    + "(?:coughing|coughed)\\s+(?:up\\s+)?blood|pain\\s+(?:in\\s+my\\s+chest\\s+)?when\\s+I\\s+breathe(?:\\s+in)?")),
            new Pair(
                    "SEPSIS",
                    "fever-with-drowsiness-or-confusion",
                    words(
                            "fever(?:ish)?|(?:high\\s+)?temperature|temp|burning\\s+up|pyrexi[a-z]*|rigors|shaking\\s+with\\s+cold"),
                    words(
                            "drows(?:y|ier|iness)|hard\\s+to\\s+wake|(?:can't|cannot|can\\s+not|couldn't|struggling\\s+to)\\s+"
                                    + "(?:wake|rouse)\\s+(?:him|her|them|me)|won't\\s+wake|not\\s+waking|confused|confusion|"
                                    + "not\\s+making\\s+(?:any\\s+)?sense|delirious|floppy|unresponsive|not\\s+responding|"
                                    + "(?:very|really|so|unusually|extremely)\\s+(?:sleepy|lethargic)")));

    List<RedFlag> assess(String text, ClinicalContext context) {
        List<RedFlag> flags = new ArrayList<>();
        for (Pair pair : PAIRS) {
            if (present(pair.first(), text, context)) {
                flags.addAll(
                        MessageRule.flags(pair.then(), end -> true, text, context, pair.category(), pair.ruleId()));
            }
        }
        return flags;
    }

    private static boolean present(Pattern signs, String text, ClinicalContext context) {
        Matcher m = signs.matcher(text);
        while (m.find()) {
            if (context.assess(text, m.start(), m.end()).raises()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])", CI);
    }
}
