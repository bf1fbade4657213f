package org.careloop.policy.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Suicidal intent told calmly, with no word of suicide in it: the final arrangements people make when they have
 * decided (a will put in order, letters left for the family, a home found for the pet, means put by or already
 * taken, a day chosen)
 * and the leave-taking that goes with them ("I won't be around", "I've made my peace"), the warning signs that
 * suicide-prevention guidance lists. Any two different signs in one message are an emergency; one alone ("I've
 * updated my will") is ordinary life.
 */
final class FinalArrangements {

    static final String CATEGORY = "SUICIDAL_SELF_HARM";
    private static final String RULE_ID = "final-arrangements";

    private static final List<Pattern> SIGNS = List.of(
            // a will put in order
            words(
                    "(?:updated|made|written|wrote|sorted(?:\\s+out)?|finished|signed)\\s+(?:\\w+\\s+)?(?:my|a)\\s+(?:new\\s+)?will"),
            // letters or notes left for those who stay
            words("(?:written|wrote|writing|left|leaving)\\s+(?:\\w+\\s+)?(?:letters?|notes?|cards?)\\s+(?:for|to)\\s+"
                    + "(?:the\\s+|my\\s+)?(?:kids|children|family|wife|husband|partner|mum|mom|dad|parents|everyone|sister|brother|son|daughter)"
                    + "|(?:letters?|notes?)\\s+(?:are|is)\\s+(?:all\\s+)?(?:written|done|finished|ready)"
                    + "|goodbye\\s+(?:letters?|notes?|messages?)"),
            // someone found to keep the pets or children
            words(
                    "(?:sorted(?:\\s+out)?|arranged|found|decided|asked)\\s+(?:\\w+\\s+){0,2}?(?:who(?:'s|\\s+is|\\s+will|'ll)?|someone|a\\s+home)\\s+"
                            + "(?:\\w+\\s+){0,2}?(?:to\\s+)?(?:have|having|take|taking|look\\s+after|looking\\s+after|keep|keeping|for)\\s+"
                            + "(?:the\\s+|my\\s+)?(?:dog|dogs|cat|cats|pets?|kids|children)"
                            + "|(?:agreed|offered|promised)\\s+to\\s+(?:take|have|keep|look\\s+after|rehome)\\s+(?:the\\s+|my\\s+)?"
                            + "(?:dog|dogs|cat|cats|pets?)"),
            // belongings given away
            words(
                    "giv(?:en|ing|e)\\s+(?:away\\s+)?(?:\\w+\\s+)?(?:my\\s+)?(?:things|stuff|belongings|possessions|clothes|jewellery|jewelry)\\s+away"
                            + "|giv(?:en|ing)\\s+away\\s+(?:\\w+\\s+)?(?:my\\s+)?(?:things|stuff|belongings|possessions|clothes|jewellery|jewelry)"),
            // means put by
            words(
                    "(?:saved|saving|stockpiled|stockpiling|kept|keeping|collected|collecting|hoarded|hoarding|stored|put\\s+by)\\s+"
                            + "(?:up\\s+)?(?:[\\w']+\\s+){0,3}?(?:tablets|pills|meds|medication|morphine|paracetamol|insulin|painkillers)"
                            + "|looked\\s+up\\s+(?:the\\s+)?(?:bridge|train|trains|cliffs?|heights?|doses?|how\\s+many)"),
            // a day chosen
            words(
                    "(?:picked|chosen|chose|set|decided\\s+on)\\s+(?:a\\s+|the\\s+)?(?:date|day|night|time|monday|tuesday|wednesday|"
                            + "thursday|friday|saturday|sunday|weekend)"
                            + "|(?:tonight|today)\\s+(?:is|seems|feels)\\s+(?:as\\s+good\\s+as\\s+any|the\\s+(?:night|day|right\\s+time))"
                            + "|as\\s+good\\s+(?:a\\s+(?:night|day|time)\\s+)?as\\s+any(?:\\s+(?:night|day|time))?"),
            // means already used
            words(
                    "(?:i've|ive|i\\s+have|i)\\s+(?:just\\s+)?(?:taken|took|swallowed)\\s+(?:them\\s+all|all\\s+of\\s+them|"
                            + "all\\s+(?:my|the|of\\s+my)\\s+(?:tablets|pills|meds)|the\\s+(?:lot|whole\\s+(?:box|packet|bottle|lot|strip)))"),
            // leave-taking
            words(
                    "(?:^|[.!]\\s*)good\\s*-?\\s*bye(?:\\s+(?:everyone|all|everybody))?(?=\\s*[.!,]|\\s*$)"
                            + "|thank\\s+you\\s+for\\s+(?:trying|everything\\s+you(?:'ve|\\s+have)\\s+(?:tried|done))\\s+(?:with|for|to\\s+help)\\s+me"),
            words(
                    "(?:won't|will\\s+not|wont|not\\s+going\\s+to)\\s+be\\s+(?:around|here)(?!\\s+(?:on|for|next|this|until|till|at|in|during|over))"
                            + "|(?:made|making)\\s+(?:my\\s+)?peace\\s+with\\s+(?:it|everything|things|that|this|the\\s+decision)"
                            + "|(?:after|when|once)\\s+I(?:'m|\\s+am)\\s+gone"
                            + "|(?:won't|will\\s+not|wont)\\s+(?:need|be\\s+needing)\\s+(?:\\w+\\s+){0,3}?(?:any\\s*more|again)"
                            + "(?![^.!?]*\\b(?:because|as|since|now\\s+that|after)\\b)"));

    List<RedFlag> assess(String text, ClinicalContext context) {
        List<MatchResult> found = new ArrayList<>();
        for (Pattern sign : SIGNS) {
            MatchResult present = MessageRule.firstPresent(sign, text, context);
            if (present != null) {
                found.add(present);
            }
        }
        if (found.size() < 2) {
            return List.of();
        }
        return found.stream()
                .map(sign -> new RedFlag(
                        CATEGORY, Severity.EMERGENCY, sign.start(), sign.end(), RULE_ID, TriageLayer.RULES, 1.0))
                .toList();
    }

    private static Pattern words(String alternatives) {
        return MessageRule.signs(alternatives);
    }
}
