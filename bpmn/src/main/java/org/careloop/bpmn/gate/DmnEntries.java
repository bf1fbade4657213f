package org.careloop.bpmn.gate;

import java.util.regex.Pattern;

/**
 * The FEEL a decision table may hold: input expressions that name a variable, input entries that are simple unary
 * tests on literals, output entries that are literals. Anything else (paths, function calls, loops such as
 * {@code for i in 1..50000000 return i}) is refused before the engine ever evaluates it, which also bounds the time
 * an evaluation can take.
 */
final class DmnEntries {

    private static final String STRING = "\"[^\"\\\\]{0,200}\"";
    private static final String NUMBER = "-?\\d{1,9}(?:\\.\\d{1,9})?";
    private static final String LITERAL = "(?:" + STRING + "|" + NUMBER + "|true|false|null)";
    private static final String TEST = "(?:" + LITERAL + "|(?:<=|>=|<|>)\\s*" + NUMBER + "|[\\[\\]\\(]\\s*" + NUMBER
            + "\\s*\\.\\.\\s*" + NUMBER + "\\s*[\\[\\]\\)])";
    private static final String TESTS = TEST + "(?:\\s*,\\s*" + TEST + "){0,50}";
    private static final Pattern INPUT_ENTRY =
            Pattern.compile("\\s*(?:-|" + TESTS + "|not\\(\\s*" + TESTS + "\\s*\\))?\\s*");
    private static final Pattern OUTPUT_ENTRY = Pattern.compile("\\s*(?:" + LITERAL + ")?\\s*");
    private static final Pattern VARIABLE = Pattern.compile("\\s*[A-Za-z_][A-Za-z0-9_]{0,63}\\s*");

    private DmnEntries() {}

    static boolean isVariable(String text) {
        return text != null && VARIABLE.matcher(text).matches();
    }

    static boolean isUnaryTest(String text) {
        return text == null || INPUT_ENTRY.matcher(text).matches();
    }

    static boolean isLiteral(String text) {
        return text == null || OUTPUT_ENTRY.matcher(text).matches();
    }
}
