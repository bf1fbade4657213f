package org.careloop.bpmn.gate;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expressions a process model may hold: reads of variables, literals and operators. Method calls and
 * property access are what let an expression act on the engine (complete a task, set a variable, call a bean),
 * so they are refused.
 */
final class ExpressionRules {

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+(?:\\.\\d+)?\\b");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern ALLOWED_REST = Pattern.compile("[\\s()=!<>&|+\\-*/%?:,]*");
    private static final Set<String> KEYWORDS = Set.of(
            "and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "empty", "true", "false", "null", "div", "mod");

    private ExpressionRules() {}

    static boolean containsExpression(String value) {
        return value != null && EXPRESSION.matcher(value).find();
    }

    /** Why the expressions in this value are not allowed, or null when they are. */
    static String whyNotAllowed(String value) {
        Matcher expressions = EXPRESSION.matcher(value);
        while (expressions.find()) {
            String body = NUMBER.matcher(
                            STRING_LITERAL.matcher(expressions.group(1)).replaceAll(" "))
                    .replaceAll(" ");
            if (body.contains(".") || body.contains("[")) {
                return "reads a property or calls a method (" + expressions.group() + ")";
            }
            Matcher call = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\s*\\(").matcher(body);
            if (call.find()) {
                return "calls a function (" + expressions.group() + ")";
            }
            String rest = IDENTIFIER.matcher(body).replaceAll(" ");
            if (!ALLOWED_REST.matcher(rest).matches()) {
                return "uses something other than variables, literals and operators (" + expressions.group() + ")";
            }
        }
        return null;
    }

    /** The variable names an expression reads. */
    static Set<String> variablesRead(String value) {
        Set<String> variables = new LinkedHashSet<>();
        Matcher expressions = EXPRESSION.matcher(value == null ? "" : value);
        while (expressions.find()) {
            String body = STRING_LITERAL.matcher(expressions.group(1)).replaceAll(" ");
            Matcher identifiers = IDENTIFIER.matcher(body);
            while (identifiers.find()) {
                if (!KEYWORDS.contains(identifiers.group())) {
                    variables.add(identifiers.group());
                }
            }
        }
        return variables;
    }
}
