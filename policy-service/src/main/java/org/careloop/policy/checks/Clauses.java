package org.careloop.policy.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into clauses, the scope of a rule's frame and of the negation before it: at semicolons,
 * dashes and brackets, and at a comma followed by a conjunction that starts a new clause ("..., but", "..., and",
 * "..., so", "..., if"). A bare comma does not split ("Hi [NAME_1], you have a UTI" stays one clause).
 */
final class Clauses {

    record Clause(int start, int end) {}

    private static final Pattern BREAK = Pattern.compile(
            "\\s*(?:;|\\s[—–-]\\s|—|\\(|\\)|,\\s+(?=(?:but|and|so|or|yet|although|though|however|whereas|because|unless|if|when|while|then|otherwise)\\b)|\\s(?=(?:but|although|though|however|whereas)\\s))\\s*",
            Pattern.CASE_INSENSITIVE);

    private Clauses() {}

    static List<Clause> of(Sentences.Sentence sentence) {
        List<Clause> clauses = new ArrayList<>();
        Matcher m = BREAK.matcher(sentence.text());
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                clauses.add(new Clause(sentence.start() + at, sentence.start() + m.start()));
            }
            at = m.end();
        }
        if (at < sentence.text().length()) {
            clauses.add(new Clause(sentence.start() + at, sentence.end()));
        }
        return clauses;
    }
}
