package org.careloop.policy.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clinical rule read over the whole message once a condition about the person holds (an age, weeks of
 * pregnancy): each sign it finds is raised at EMERGENCY for its category, as {@link ClinicalContext} judges it.
 */
final class MessageRule {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private MessageRule() {}

    /** {@code alternatives} as whole words, case-insensitively. */
    static Pattern signs(String alternatives) {
        return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])", CI);
    }

    /** The first match of {@code signs} about the patient now, or null when there is none. */
    static MatchResult firstPresent(Pattern signs, String text, ClinicalContext context) {
        Matcher m = signs.matcher(text);
        while (m.find()) {
            if (context.assess(text, m.start(), m.end()).raises()) {
                return m.toMatchResult();
            }
        }
        return null;
    }

    /** A flag for each match of {@code signs} about the patient now whose end passes {@code accept}. */
    static List<RedFlag> flags(
            Pattern signs, IntPredicate accept, String text, ClinicalContext context, String category, String ruleId) {
        List<RedFlag> flags = new ArrayList<>();
        Matcher m = signs.matcher(text);
        while (m.find()) {
            if (!accept.test(m.end())) {
                continue;
            }
            Assertion assertion = context.assess(text, m.start(), m.end());
            if (assertion.raises()) {
                flags.add(new RedFlag(
                        category,
                        assertion.raisedAt(Severity.EMERGENCY, false, true),
                        m.start(),
                        m.end(),
                        ruleId,
                        TriageLayer.RULES,
                        1.0));
            }
        }
        return flags;
    }
}
