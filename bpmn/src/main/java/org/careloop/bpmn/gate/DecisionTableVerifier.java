package org.careloop.bpmn.gate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careloop.bpmn.gate.Violation.Rule;
import org.careloop.bpmn.routing.ReviewRouting;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The deploy-time check of a DMN upload. Only plain decision tables pass: hit policy FIRST or UNIQUE, input
 * expressions that name a variable, input entries that are unary tests on literals and output entries that are
 * literals, all in FEEL. A table that names a review group may only name clinical groups; the review-routing
 * table must, in addition, route every severity and category triage produces (see {@link RoutingCompleteness}).
 */
public final class DecisionTableVerifier {

    static final Set<String> DMN_NAMESPACES = Set.of(
            "https://www.omg.org/spec/DMN/20191111/MODEL/",
            "https://www.omg.org/spec/DMN/20180521/MODEL/",
            "http://www.omg.org/spec/DMN/20151101/dmn.xsd");
    private static final Set<String> DIAGRAM_NAMESPACES = Set.of(
            "https://www.omg.org/spec/DMN/20191111/DMNDI/",
            "http://www.omg.org/spec/DMN/20180521/DC/",
            "http://www.omg.org/spec/DMN/20180521/DI/",
            "https://www.omg.org/spec/DMN/20180521/DMNDI/");
    static final Set<String> FEEL = Set.of(
            "feel",
            "https://www.omg.org/spec/DMN/20191111/FEEL/",
            "https://www.omg.org/spec/FEEL/20140401",
            "http://www.omg.org/spec/FEEL/20140401");
    private static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
    private static final Set<String> ELEMENTS = Set.of(
            "definitions",
            "decision",
            "decisionTable",
            "input",
            "inputExpression",
            "inputValues",
            "output",
            "outputValues",
            "rule",
            "inputEntry",
            "outputEntry",
            "text",
            "description");
    private static final Set<String> ATTRIBUTES = Set.of(
            "id", "name", "label", "namespace", "typeRef", "hitPolicy", "exporter", "exporterVersion", "outputLabel");
    private static final Set<String> HIT_POLICIES = Set.of("FIRST", "UNIQUE");
    private static final int MAX_RULES = 500;
    private static final int MAX_COLUMNS = 10;
    private static final List<String> ROUTING_OUTPUTS = List.of(
            ReviewRouting.OUTPUT_GROUP,
            ReviewRouting.OUTPUT_PRIORITY,
            ReviewRouting.OUTPUT_DUE_IN,
            ReviewRouting.OUTPUT_SECOND_REVIEW);

    private final ReleaseGatePolicy policy;

    public DecisionTableVerifier(ReleaseGatePolicy policy) {
        this.policy = policy;
    }

    public DecisionTableVerifier() {
        this(ReleaseGatePolicy.careloopDefaults());
    }

    public List<Violation> verify(String xml) {
        return verify(xml.getBytes(StandardCharsets.UTF_8));
    }

    public List<Violation> verify(byte[] xml) {
        List<Violation> violations = new ArrayList<>();
        Element root;
        try {
            root = SecureXml.root(xml);
        } catch (Exception e) {
            violations.add(
                    Violation.of("(definitions)", Rule.MALFORMED, "The file is not valid XML: " + e.getMessage()));
            return violations;
        }
        if (!"definitions".equals(root.getLocalName()) || !DMN_NAMESPACES.contains(root.getNamespaceURI())) {
            violations.add(Violation.of("(definitions)", Rule.MALFORMED, "The file is not a DMN 1.1-1.3 model."));
            return violations;
        }
        checkVocabulary(root, violations);
        if (!violations.isEmpty()) {
            return violations;
        }
        List<Element> decisions = children(root, "decision");
        if (decisions.isEmpty()) {
            violations.add(Violation.of("(definitions)", Rule.MALFORMED, "The model has no decision."));
        }
        for (Element decision : decisions) {
            List<Element> tables = children(decision, "decisionTable");
            if (tables.size() != 1) {
                add(violations, decision, Rule.DECISION_NOT_ALLOWED, "must be exactly one decision table");
                continue;
            }
            checkTable(decision, tables.get(0), violations);
        }
        if (violations.isEmpty()) {
            new RoutingCompleteness(policy).check(xml, violations);
        }
        return violations;
    }

    private void checkVocabulary(Element element, List<Violation> violations) {
        if (DIAGRAM_NAMESPACES.contains(element.getNamespaceURI())) {
            return; // shapes and edges: never evaluated
        }
        if (!DMN_NAMESPACES.contains(element.getNamespaceURI()) || !ELEMENTS.contains(element.getLocalName())) {
            add(
                    violations,
                    element,
                    Rule.DECISION_NOT_ALLOWED,
                    "uses <" + element.getLocalName() + "> ("
                            + element.getNamespaceURI()
                            + "): only decision tables are allowed, with no literal expressions,"
                            + " requirements, knowledge models or extensions");
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            checkAttribute(element, (Attr) attributes.item(i), violations);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                checkVocabulary(e, violations);
            }
        }
    }

    private void checkAttribute(Element element, Attr attribute, List<Violation> violations) {
        String ns = attribute.getNamespaceURI();
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        if ("http://www.w3.org/2000/xmlns/".equals(ns)) {
            return;
        }
        if (ns == null && "expressionLanguage".equals(name)) {
            if (!FEEL.contains(attribute.getValue().trim())) {
                add(
                        violations,
                        element,
                        Rule.SCRIPT,
                        "uses the expression language '" + attribute.getValue()
                                + "': only FEEL is allowed, other languages can run code or read beyond the variables");
            }
        } else if (ns == null && ATTRIBUTES.contains(name)) {
            if ("hitPolicy".equals(name) && !HIT_POLICIES.contains(attribute.getValue())) {
                add(
                        violations,
                        element,
                        Rule.DECISION_NOT_ALLOWED,
                        "has the hit policy " + attribute.getValue() + ": only FIRST and UNIQUE give one clear answer");
            }
        } else if (CAMUNDA_DMN.equals(ns) && "decision".equals(element.getLocalName()) && "versionTag".equals(name)) {
            return;
        } else if (CAMUNDA_DMN.equals(ns)
                && "decision".equals(element.getLocalName())
                && "historyTimeToLive".equals(name)) {
            if (!ModelAllowList.keepsHistory(attribute.getValue())) {
                add(
                        violations,
                        element,
                        Rule.DECISION_NOT_ALLOWED,
                        "keeps its history for '" + attribute.getValue() + "': it must be a number of days, at least "
                                + ModelAllowList.MIN_HISTORY_DAYS);
            }
        } else {
            add(
                    violations,
                    element,
                    Rule.DECISION_NOT_ALLOWED,
                    "has the attribute " + attribute.getName() + ", which is not on the decision-table check's list");
        }
    }

    private void checkTable(Element decision, Element table, List<Violation> violations) {
        List<Element> inputs = children(table, "input");
        List<Element> outputs = children(table, "output");
        List<Element> rules = children(table, "rule");
        if (inputs.size() > MAX_COLUMNS
                || outputs.isEmpty()
                || outputs.size() > MAX_COLUMNS
                || rules.size() > MAX_RULES) {
            add(
                    violations,
                    table,
                    Rule.DECISION_NOT_ALLOWED,
                    "must have at most " + MAX_COLUMNS + " inputs, 1 to " + MAX_COLUMNS + " outputs and at most "
                            + MAX_RULES + " rules");
            return;
        }
        for (Element input : inputs) {
            List<Element> expression = children(input, "inputExpression");
            if (expression.size() != 1 || !DmnEntries.isVariable(text(expression.get(0)))) {
                add(violations, input, Rule.DECISION_NOT_ALLOWED, "must read one variable by name");
            }
        }
        List<String> names = outputs.stream().map(o -> o.getAttribute("name")).toList();
        if (names.stream().anyMatch(String::isBlank) || new HashSet<>(names).size() != names.size()) {
            add(violations, table, Rule.DECISION_NOT_ALLOWED, "must give every output its own, non-empty name");
            return;
        }
        for (Element rule : rules) {
            checkRule(rule, inputs.size(), outputs.size(), violations);
        }
        if (violations.isEmpty()) {
            checkRoutingOutputs(decision, table, names, rules, violations);
        }
    }

    private void checkRule(Element rule, int inputCount, int outputCount, List<Violation> violations) {
        List<Element> inputEntries = children(rule, "inputEntry");
        List<Element> outputEntries = children(rule, "outputEntry");
        if (inputEntries.size() != inputCount || outputEntries.size() != outputCount) {
            add(violations, rule, Rule.DECISION_NOT_ALLOWED, "must have one entry per input and per output");
            return;
        }
        for (Element entry : inputEntries) {
            if (!DmnEntries.isUnaryTest(text(entry))) {
                add(
                        violations,
                        entry,
                        Rule.DECISION_NOT_ALLOWED,
                        "tests " + describe(text(entry))
                                + ": an input entry is '-' or a list of literals and comparisons with numbers");
            }
        }
        for (Element entry : outputEntries) {
            if (!DmnEntries.isLiteral(text(entry))) {
                add(
                        violations,
                        entry,
                        Rule.DECISION_NOT_ALLOWED,
                        "outputs " + describe(text(entry))
                                + ": an output entry is a literal (\"text\", a number, true or false)");
            }
        }
    }

    private void checkRoutingOutputs(
            Element decision, Element table, List<String> names, List<Element> rules, List<Violation> violations) {
        boolean routing = policy.routingDecision().equals(decision.getAttribute("id"));
        if (routing) {
            for (String required : ROUTING_OUTPUTS) {
                if (!names.contains(required)) {
                    add(
                            violations,
                            table,
                            Rule.ROUTING_NOT_ALLOWED,
                            "(review-routing) has no output '" + required + "'");
                }
            }
        }
        int group = names.indexOf(ReviewRouting.OUTPUT_GROUP);
        int due = names.indexOf(ReviewRouting.OUTPUT_DUE_IN);
        for (Element rule : rules) {
            List<Element> entries = children(rule, "outputEntry");
            if (group >= 0) {
                String literal = stringLiteral(text(entries.get(group)));
                if (literal == null || !policy.reviewGroups().contains(literal)) {
                    add(
                            violations,
                            rule,
                            Rule.ROUTING_NOT_ALLOWED,
                            "routes the review to "
                                    + describe(text(entries.get(group)))
                                    + ": the review group must be a literal naming one of "
                                    + policy.reviewGroups().stream().sorted().toList());
                }
            }
            if (routing && due >= 0 && !isPositiveDuration(stringLiteral(text(entries.get(due))))) {
                add(
                        violations,
                        rule,
                        Rule.ROUTING_NOT_ALLOWED,
                        "gives the due time " + describe(text(entries.get(due)))
                                + ": it must be a literal ISO-8601 duration such as \"PT4H\"");
            }
        }
    }

    private static boolean isPositiveDuration(String literal) {
        if (literal == null) {
            return false;
        }
        try {
            Duration d = Duration.parse(literal);
            return !d.isNegative() && !d.isZero();
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String describe(String text) {
        return text == null || text.isBlank() ? "nothing" : "'" + text.trim() + "'";
    }

    /** The value of a FEEL string literal ("on-call"), or null when the text is anything else. */
    static String stringLiteral(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") && t.indexOf('"', 1) == t.length() - 1) {
            return t.substring(1, t.length() - 1);
        }
        return null;
    }

    private static String text(Element entry) {
        List<Element> texts = children(entry, "text");
        return texts.isEmpty() ? null : ModelAllowList.text(texts.get(0));
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static void add(List<Violation> violations, Element element, Rule rule, String message) {
        String id = ModelAllowList.idOf(element);
        String what = id.equals(element.getAttribute("id")) ? id : id + " (in <" + element.getLocalName() + ">)";
        violations.add(Violation.of(id, rule, what + " " + message));
    }
}
