package org.careloop.policy.triage;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warning signs of pre-eclampsia in a woman 20 weeks pregnant or more (NICE NG133: a severe headache, problems
 * with vision, pain just below the ribs, sudden swelling of the face, hands or feet), also when the weeks and the
 * signs stand in different sentences ("I'm 34 weeks on Thursday. ... my vision's gone blurry"), where no one
 * sentence holds both. Ankles that swell at the end of the day are not one of them. Negation and history are decided
 * by {@link ClinicalContext} for each sign.
 */
final class PreEclampsiaSigns {

    static final String CATEGORY = "PREGNANCY_EMERGENCY";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int FROM_WEEK = 20;
    private static final int TO_WEEK = 42;
    private static final Pattern WEEKS = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?:i'm|i\\s+am|im|she's|she\\s+is|currently|now)\\s+(\\d{2})(?:\\+\\d)?\\s*(?:weeks?|wks?)"
                    + "(?!\\s+(?:old|ago|post|after|since|of\\s+(?:physio|treatment)))"
                    + "|(\\d{2})(?:\\+\\d)?\\s*(?:weeks?|wks?)\\s+(?:pregnant|gestation|along))",
            CI);
    private static final Pattern SIGN = Pattern.compile(
            "(?<![\\p{L}])(?:"
                    // a severe headache
                    + "(?:bad|severe|terrible|awful|worst|pounding|splitting|horrendous|horrible|blinding|thumping)\\s+"
                    + "(?:\\w+\\s+)?headache|headache\\s+(?:that|which)\\s+(?:\\w+\\s+){0,2}(?:won't|wont|doesn't|isn't|will\\s+not)"
                    // problems with vision
                    + "|vision(?:'s)?\\s+(?:\\w+\\s+){0,2}(?:blurr?y|blurred|funny|strange|weird|fuzzy|sparkly)"
                    + "|(?:blurr?y|blurred|double|fuzzy)\\s+vision|(?:flashing|flickering)\\s+lights?|flashes\\s+of\\s+light"
                    + "|(?:sparkly|sparkling|black|floating|bright)\\s+spots|seeing\\s+(?:spots|stars|flashes|sparkles)"
                    // pain just below the ribs
                    + "|pain\\s+(?:\\w+\\s+){0,2}(?:under|below|beneath)\\s+(?:my\\s+|the\\s+)?(?:right\\s+)?ribs"
                    + "|(?:upper\\s+right|right\\s+upper)\\s+(?:\\w+\\s+)?(?:pain|tummy|abdomen|belly)"
                    // sudden swelling of the face, hands or feet
                    + "|(?:face|hands|fingers|eyes)\\s+(?:\\w+\\s+){0,4}(?:suddenly\\s+)?(?:swollen|swelling|puffy|puffed\\s+up)"
                    + "|rings?\\s+(?:won't|wont|don't|dont|will\\s+not|do\\s+not)\\s+(?:go\\s+on|fit|come\\s+off)"
                    + ")(?![\\p{L}])",
            CI);

    List<RedFlag> assess(String text, ClinicalContext context) {
        if (!pregnantFromWeek20(text)) {
            return List.of();
        }
        return MessageRule.flags(SIGN, end -> true, text, context, CATEGORY, "pre-eclampsia-signs");
    }

    private static boolean pregnantFromWeek20(String text) {
        Matcher m = WEEKS.matcher(text);
        while (m.find()) {
            int week = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (week >= FROM_WEEK && week <= TO_WEEK) {
                return true;
            }
        }
        return false;
    }
}
