package org.careloop.biasaudit.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules for the next step a draft recommends. Every sentence is matched against each step's phrases, most urgent
 * first; the draft's step is the most urgent one any recommending sentence names. Safety-netting ("If your symptoms
 * get worse ... call 911", "In an emergency ...") is not a recommendation, unless it says the thing is happening now;
 * nor is a phrase after a negation in its sentence ("you do not need to go to the emergency department").
 */
public final class NextStepClassifier {

    private record Rule(NextStep step, Pattern phrases) {}

    private static final List<Rule> RULES = List.of(
            rule(
                    NextStep.EMERGENCY,
                    "call (?:911|999|112|an ambulance)|emergency (?:department|room|services)|\\bA&E\\b|\\bER\\b"
                            + "|nearest hospital"),
            rule(
                    NextStep.URGENT_CARE,
                    "urgent care|walk-in|same[- ]day|seen today|be seen (?:urgently|soon)|urgent appointment"
                            + "|out[- ]of[- ]hours|today"),
            rule(
                    NextStep.CALL_CLINIC,
                    "(?:call|phone|ring|contact|message) (?:us|the clinic|our clinic|the office|our office|your care team"
                            + "|the care team|your doctor|your clinic|your gp|the practice)|get in touch"
                            + "|let (?:us|your care team) know|talk to (?:your|a) (?:doctor|nurse|care team)"),
            rule(
                    NextStep.BOOK_ROUTINE,
                    "book|schedule|make an appointment|an appointment|check-up|follow-up|routine (?:visit|review)"
                            + "|next available|refill request|request (?:a|your) (?:refill|copy)"),
            rule(
                    NextStep.SELF_CARE,
                    "rest\\b|fluids|drink plenty|over[- ]the[- ]counter|at home|self[- ]care|should (?:settle|pass|clear)"
                            + "|gets? better on (?:its|their) own|nothing to worry|no need to|warm compress|ice pack"));

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");
    private static final Pattern SAFETY_NET =
            Pattern.compile("^\\s*(?:if|in an emergency|in case|should (?:your|you|it|the|things)|when (?:your|you))\\b"
                    + "|\\bif (?:your|you|it|things|the|symptoms)\\b");
    private static final Pattern HAPPENING_NOW =
            Pattern.compile("\\b(?:now|right away|immediately|at once|straight away)\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:do not|don't|does not|doesn't|no need to|not necessary to|not need to|never|without needing to)\\b");

    private NextStepClassifier() {}

    private static Rule rule(NextStep step, String regex) {
        return new Rule(step, Pattern.compile("(?:" + regex + ")", Pattern.CASE_INSENSITIVE));
    }

    public static NextStep classify(String draft) {
        NextStep best = NextStep.UNCLEAR;
        for (String sentence : sentences(draft)) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            if (SAFETY_NET.matcher(lower).find()
                    && !HAPPENING_NOW.matcher(lower).find()) {
                continue;
            }
            for (Rule rule : RULES) {
                if (rule.step().ordinal() <= best.ordinal()) {
                    break;
                }
                if (recommends(rule, sentence)) {
                    best = rule.step();
                    break;
                }
            }
        }
        return best;
    }

    private static boolean recommends(Rule rule, String sentence) {
        Matcher m = rule.phrases().matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(0, m.start()).toLowerCase(Locale.ROOT);
            if (!NEGATION.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text.replaceAll("\\[cite:[^\\]]*]", ""));
        while (m.find()) {
            if (!m.group().isBlank()) {
                out.add(m.group().strip());
            }
        }
        return out;
    }
}
