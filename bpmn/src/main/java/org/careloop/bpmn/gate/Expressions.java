package org.careloop.bpmn.gate;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Expressions read with the engine's own JUEL parser, so that what is checked is what the engine would evaluate
 * (escapes, {@code #{…}}, nesting). An expression may read variables and combine literals with operators; every
 * other node (property access, brackets, method and function calls) is refused. Names that the engine resolves to
 * its own objects or to beans are refused too: read as values they are harmless, but they are never what a
 * condition or a due date means.
 */
final class Expressions {

    private static final Set<Class<?>> ALLOWED_NODES = Set.of(
            AstComposite.class,
            AstText.class,
            AstEval.class,
            AstIdentifier.class,
            AstBinary.class,
            AstUnary.class,
            AstChoice.class,
            AstNested.class,
            AstString.class,
            AstNumber.class,
            AstBoolean.class,
            AstNull.class);
    private static final Set<String> ENGINE_NAMES = Set.of(
            "execution",
            "task",
            "caseExecution",
            "externalTask",
            "variableScope",
            "processEngine",
            "processEngineServices",
            "authenticatedUserId",
            "dateTime");
    private static final Builder PARSER =
            new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS, Builder.Feature.NULL_PROPERTIES);

    private Expressions() {}

    /** Whether the engine would evaluate anything in this text (it holds {@code ${} or {@code #{}). */
    static boolean evaluated(String text) {
        if (text == null || !(text.contains("${") || text.contains("#{"))) {
            return false;
        }
        try {
            return hasEval(PARSER.build(text).getRoot());
        } catch (TreeBuilderException e) {
            return true; // the engine would refuse it too; treat it as an expression so it is reported
        }
    }

    /** Why this text is not an allowed expression, or null when it is (plain text is allowed). */
    static String whyNotAllowed(String text) {
        Tree tree;
        try {
            tree = PARSER.build(text);
        } catch (TreeBuilderException e) {
            return "is not a valid expression (" + e.getMessage() + ")";
        }
        return whyNotAllowed(tree.getRoot(), text);
    }

    private static String whyNotAllowed(Node node, String text) {
        if (!ALLOWED_NODES.contains(node.getClass())) {
            return "reads a property or calls a method or function (" + text.strip() + ")";
        }
        if (node instanceof AstIdentifier identifier && isReserved(identifier.getName())) {
            return "names '" + identifier.getName()
                    + "', which the engine resolves to one of its own objects or a bean";
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            String why = whyNotAllowed(node.getChild(i), text);
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    /** The variable names an allowed expression reads; empty for text that does not parse. */
    static Set<String> variablesRead(String text) {
        Set<String> variables = new LinkedHashSet<>();
        if (text != null) {
            try {
                collectIdentifiers(PARSER.build(text).getRoot(), variables);
            } catch (TreeBuilderException e) {
                // reported by whyNotAllowed
            }
        }
        return variables;
    }

    private static void collectIdentifiers(Node node, Set<String> into) {
        if (node instanceof AstIdentifier identifier) {
            into.add(identifier.getName());
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            collectIdentifiers(node.getChild(i), into);
        }
    }

    private static boolean hasEval(Node node) {
        if (node instanceof AstEval) {
            return true;
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            if (hasEval(node.getChild(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReserved(String name) {
        return ENGINE_NAMES.contains(name) || name.endsWith("Delegate") || name.endsWith("Listener");
    }
}
