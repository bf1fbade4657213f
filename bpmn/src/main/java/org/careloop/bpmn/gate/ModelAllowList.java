package org.careloop.bpmn.gate;

import static org.careloop.bpmn.gate.ModelVocabulary.BPMN;
import static org.careloop.bpmn.gate.ModelVocabulary.CAMUNDA;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.careloop.bpmn.gate.Violation.Rule;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads every element, attribute and text of the XML and refuses whatever {@link ModelVocabulary} does not list.
 * Text is read as the engine's parser reads it: the pieces of an element's text around comments and CDATA
 * sections are joined before they are checked, so a comment inside {@code ${…}} hides nothing.
 */
final class ModelAllowList {

    private static final Set<String> BOOLEAN_ATTRIBUTES = Set.of(
            "asyncBefore",
            "asyncAfter",
            "exclusive",
            "isStartableInTasklist",
            "isExecutable",
            "cancelActivity",
            "triggeredByEvent",
            "isInterrupting",
            "isClosed");
    private static final Set<String> EXPRESSION_ATTRIBUTES =
            Set.of("candidateGroups", "priority", "dueDate", "followUpDate");
    /**
     * A retry cycle is a literal: a count and one interval (R3/PT5S), or a list of at most ten intervals the engine
     * waits in turn (PT10S,PT1M,PT5M), so that an outage of minutes heals by itself. Never an expression, and never
     * so many attempts that a refusal hides behind a storm of retries.
     */
    private static final Pattern RETRY_CYCLE =
            Pattern.compile("R\\d{1,2}/PT\\d{1,4}[SM]|PT\\d{1,4}[SM](,PT\\d{1,4}[SM]){0,9}");

    private static final Pattern TIME_TO_LIVE = Pattern.compile("P?(\\d{1,5})D?");
    /** History (who reviewed and approved what) is kept at least this long; cleanup must not erase it sooner. */
    static final int MIN_HISTORY_DAYS = 365;

    private final List<Violation> violations;

    ModelAllowList(List<Violation> violations) {
        this.violations = violations;
    }

    void check(byte[] xml) throws Exception {
        Element root = SecureXml.root(xml);
        if (!BPMN.equals(root.getNamespaceURI()) || !"definitions".equals(root.getLocalName())) {
            throw new IllegalArgumentException("the root element is not BPMN 2.0 definitions");
        }
        visit(root);
    }

    private void visit(Element element) {
        String ns = element.getNamespaceURI();
        if (ModelVocabulary.DIAGRAM_NAMESPACES.contains(ns)) {
            checkDiagram(element);
            return;
        }
        if (!isAllowedElement(element)) {
            refuseElement(element);
            return; // what is inside a refused element does not matter
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            checkAttribute(element, (Attr) attributes.item(i));
        }
        checkText(element, text(element));
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                visit(childElement);
            }
        }
    }

    private static boolean isAllowedElement(Element element) {
        String name = element.getLocalName();
        if (BPMN.equals(element.getNamespaceURI())) {
            return ModelVocabulary.BPMN_ELEMENTS.containsKey(name);
        }
        return CAMUNDA.equals(element.getNamespaceURI())
                && ModelVocabulary.CAMUNDA_ELEMENTS.containsKey(name)
                && element.getParentNode() instanceof Element parent
                && "extensionElements".equals(parent.getLocalName());
    }

    private void refuseElement(Element element) {
        String ns = element.getNamespaceURI();
        String name = element.getLocalName();
        String why;
        Rule rule = Rule.NOT_ALLOWED;
        if (!BPMN.equals(ns) && !CAMUNDA.equals(ns)) {
            why = "is the element <" + name + "> in the namespace " + ns
                    + ", which the release gate does not accept (the engine reads the legacy activiti namespace as"
                    + " camunda:, and any other namespace hides what the engine does)";
        } else if (ModelVocabulary.WHY_REFUSED.containsKey(name)) {
            why = ModelVocabulary.WHY_REFUSED.get(name);
            rule = name.startsWith("script") ? Rule.SCRIPT : "callActivity".equals(name) ? Rule.UNVERIFIABLE : rule;
        } else {
            why = "uses <" + name + ">, which is not on the release gate's list of elements";
        }
        add(element, rule, why);
    }

    private void checkAttribute(Element element, Attr attribute) {
        String ns = attribute.getNamespaceURI();
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        String value = attribute.getValue();
        if (ModelVocabulary.XMLNS.equals(ns)) {
            return;
        }
        boolean camundaElement = CAMUNDA.equals(element.getNamespaceURI());
        if (ns == null && camundaElement) {
            if (!ModelVocabulary.CAMUNDA_ELEMENTS.get(element.getLocalName()).contains(name)) {
                refuseAttribute(element, attribute.getName());
            } else if (!"delegateExpression".equals(name)) {
                refuseAnyExpression(element, value, "attribute " + attribute.getName());
            }
        } else if (ns == null) {
            if (!ModelVocabulary.BPMN_ATTRIBUTES.contains(name)) {
                refuseAttribute(element, attribute.getName());
            } else {
                checkPlainValue(element, name, value, attribute.getName());
            }
        } else if (CAMUNDA.equals(ns)
                && BPMN.equals(element.getNamespaceURI())
                && ModelVocabulary.BPMN_ELEMENTS.get(element.getLocalName()).contains(name)) {
            checkCamundaValue(element, name, value, attribute.getName());
        } else if (ModelVocabulary.XSI.equals(ns)
                && "type".equals(name)
                && ModelVocabulary.EXPRESSION_TEXT.contains(element.getLocalName())) {
            return;
        } else if (ModelVocabulary.MODELER.equals(ns) && "definitions".equals(element.getLocalName())) {
            refuseAnyExpression(element, value, "attribute " + attribute.getName());
        } else {
            refuseAttribute(element, attribute.getName());
        }
    }

    private void checkPlainValue(Element element, String name, String value, String qualified) {
        if (BOOLEAN_ATTRIBUTES.contains(name) && !("true".equals(value) || "false".equals(value))) {
            add(element, Rule.NOT_ALLOWED, "has " + qualified + "=\"" + value + "\": it must be true or false");
        } else {
            refuseAnyExpression(element, value, "attribute " + qualified);
        }
    }

    private void checkCamundaValue(Element element, String name, String value, String qualified) {
        if (BOOLEAN_ATTRIBUTES.contains(name)) {
            checkPlainValue(element, name, value, qualified);
        } else if ("historyTimeToLive".equals(name)
                && !TIME_TO_LIVE.matcher(value).matches()) {
            add(element, Rule.NOT_ALLOWED, "has a history time to live that is not a number of days");
        } else if (EXPRESSION_ATTRIBUTES.contains(name)) {
            checkExpression(element, value, "attribute " + qualified);
        } else if (!"delegateExpression".equals(name)) {
            refuseAnyExpression(element, value, "attribute " + qualified);
        }
        // delegate expressions are compared whole against the allow-list by DelegatePlacements
    }

    private void checkText(Element element, String text) {
        String name = element.getLocalName();
        boolean camunda = CAMUNDA.equals(element.getNamespaceURI());
        if (text.isBlank()) {
            return;
        }
        if (camunda && "failedJobRetryTimeCycle".equals(name)) {
            if (!RETRY_CYCLE.matcher(text.strip()).matches()) {
                add(
                        element,
                        Rule.NOT_ALLOWED,
                        "has the retry cycle '" + text.strip()
                                + "': it must be a literal such as R3/PT5S, or at most ten intervals such as"
                                + " PT10S,PT1M,PT5M");
            }
        } else if (!camunda && ModelVocabulary.EXPRESSION_TEXT.contains(name)) {
            checkExpression(element, text, "its " + name);
        } else if (!camunda
                && Set.of("documentation", "text", "incoming", "outgoing", "flowNodeRef")
                        .contains(name)) {
            refuseAnyExpression(element, text, "its " + name);
        } else {
            add(element, Rule.NOT_ALLOWED, "has text inside <" + name + ">, where the release gate expects none");
        }
    }

    static boolean keepsHistory(String value) {
        var days = TIME_TO_LIVE.matcher(value.strip());
        return days.matches() && Integer.parseInt(days.group(1)) >= MIN_HISTORY_DAYS;
    }

    private void checkExpression(Element element, String value, String where) {
        if (!Expressions.evaluated(value)) {
            return;
        }
        String why = Expressions.whyNotAllowed(value);
        if (why != null) {
            add(
                    element,
                    Rule.EXPRESSION_NOT_ALLOWED,
                    "has an expression in " + where + " that " + why
                            + "; only variables, literals and operators are allowed");
        }
    }

    private void refuseAnyExpression(Element element, String value, String where) {
        if (Expressions.evaluated(value)) {
            add(
                    element,
                    Rule.EXPRESSION_NOT_ALLOWED,
                    "has an expression in " + where
                            + ", which the engine would evaluate; expressions are allowed only in conditions, timers and a"
                            + " review's group, priority and dates");
        }
    }

    private void refuseAttribute(Element element, String attribute) {
        Rule rule = attribute.endsWith(":class") || "class".equals(attribute)
                ? Rule.CLASS_NOT_ALLOWED
                : attribute.endsWith("expression") || attribute.endsWith("Expression")
                        ? Rule.EXPRESSION_NOT_ALLOWED
                        : attribute.contains("script") || attribute.contains("Script") ? Rule.SCRIPT : Rule.NOT_ALLOWED;
        add(
                element,
                rule,
                "has the attribute " + attribute + " on <" + element.getLocalName()
                        + ">, which is not on the release gate's list of attributes");
    }

    private void checkDiagram(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                if (ModelVocabulary.DIAGRAM_NAMESPACES.contains(e.getNamespaceURI())) {
                    checkDiagram(e);
                } else {
                    refuseElement(e);
                }
            }
        }
    }

    /** The element's own text as the engine sees it: text and CDATA pieces joined, comments dropped. */
    static String text(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    private void add(Element element, Rule rule, String message) {
        String id = idOf(element);
        String what = id.equals(element.getAttribute("id")) ? id : id + " (in <" + element.getLocalName() + ">)";
        violations.add(Violation.of(id, rule, what + " " + message));
    }

    /** The id of the element itself, or of the nearest enclosing element that has one. */
    static String idOf(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (!e.getAttribute("id").isBlank()) {
                return e.getAttribute("id");
            }
        }
        return "(definitions)";
    }
}
