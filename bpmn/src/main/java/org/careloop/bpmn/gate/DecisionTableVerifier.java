package org.careloop.bpmn.gate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.careloop.bpmn.gate.Violation.Rule;
import org.careloop.bpmn.routing.ReviewRouting;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The deploy-time check of a DMN upload. Decisions may only be written in FEEL (JUEL and script languages can
 * reach beyond the variables), and a table that names a review group may only name clinical groups: routing is
 * the admins' to change, but never to a group of non-clinicians.
 */
public final class DecisionTableVerifier {

    static final Set<String> DMN_NAMESPACES = Set.of(
            "https://www.omg.org/spec/DMN/20191111/MODEL/",
            "https://www.omg.org/spec/DMN/20180521/MODEL/",
            "http://www.omg.org/spec/DMN/20151101/dmn.xsd");
    static final Set<String> FEEL = Set.of(
            "feel",
            "https://www.omg.org/spec/DMN/20191111/FEEL/",
            "https://www.omg.org/spec/FEEL/20140401",
            "http://www.omg.org/spec/FEEL/20140401");
    static final String ROUTING_DECISION = "review-routing";
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
            root = parse(xml);
        } catch (Exception e) {
            violations.add(
                    Violation.of("(definitions)", Rule.MALFORMED, "The file is not valid XML: " + e.getMessage()));
            return violations;
        }
        if (!"definitions".equals(root.getLocalName()) || !DMN_NAMESPACES.contains(root.getNamespaceURI())) {
            violations.add(Violation.of("(definitions)", Rule.MALFORMED, "The file is not a DMN 1.1-1.3 model."));
            return violations;
        }
        checkLanguages(root, violations);
        List<Element> decisions = children(root, "decision");
        if (decisions.isEmpty()) {
            violations.add(Violation.of("(definitions)", Rule.MALFORMED, "The model has no decision."));
        }
        for (Element decision : decisions) {
            for (Element table : children(decision, "decisionTable")) {
                checkTable(decision, table, violations);
            }
        }
        return violations;
    }

    private void checkLanguages(Element element, List<Violation> violations) {
        String language = element.getAttribute("expressionLanguage");
        if (!language.isBlank() && !FEEL.contains(language.trim())) {
            String id = ModelAllowList.idOf(element);
            violations.add(Violation.of(
                    id,
                    Rule.SCRIPT,
                    id + " uses the expression language '" + language
                            + "': only FEEL is allowed, other languages can run code or read beyond the variables"));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                checkLanguages(e, violations);
            }
        }
    }

    private void checkTable(Element decision, Element table, List<Violation> violations) {
        List<Element> outputs = children(table, "output");
        List<String> names = outputs.stream().map(o -> o.getAttribute("name")).toList();
        boolean routing = ROUTING_DECISION.equals(decision.getAttribute("id"));
        if (routing) {
            for (String required : ROUTING_OUTPUTS) {
                if (!names.contains(required)) {
                    violations.add(Violation.of(
                            table.getAttribute("id").isBlank() ? decision.getAttribute("id") : table.getAttribute("id"),
                            Rule.ROUTING_NOT_ALLOWED,
                            "The review-routing table has no output '" + required + "'"));
                }
            }
        }
        int group = names.indexOf(ReviewRouting.OUTPUT_GROUP);
        int due = names.indexOf(ReviewRouting.OUTPUT_DUE_IN);
        for (Element rule : children(table, "rule")) {
            List<Element> entries = children(rule, "outputEntry");
            String ruleId = ModelAllowList.idOf(rule);
            if (group >= 0 && group < entries.size()) {
                String literal = stringLiteral(text(entries.get(group)));
                if (literal == null || !policy.reviewGroups().contains(literal)) {
                    violations.add(Violation.of(
                            ruleId,
                            Rule.ROUTING_NOT_ALLOWED,
                            ruleId + " routes the review to "
                                    + describe(text(entries.get(group)))
                                    + ": the review group must be a literal naming one of "
                                    + policy.reviewGroups().stream().sorted().toList()));
                }
            }
            if (routing && due >= 0 && due < entries.size()) {
                String literal = stringLiteral(text(entries.get(due)));
                if (!isPositiveDuration(literal)) {
                    violations.add(Violation.of(
                            ruleId,
                            Rule.ROUTING_NOT_ALLOWED,
                            ruleId + " gives the due time " + describe(text(entries.get(due)))
                                    + ": it must be a literal ISO-8601 duration such as \"PT4H\""));
                }
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
        return texts.isEmpty() ? null : texts.get(0).getTextContent();
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

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler());
        return builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }
}
