package org.careloop.bpmn.gate;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.careloop.bpmn.gate.Violation.Rule;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads every element and attribute of the XML, wherever it sits (tasks, listeners, input mappings, conditions),
 * for scripts, classes and expressions that are not allowed.
 */
final class ModelScan {

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    private final ReleaseGatePolicy policy;
    private final List<Violation> violations;

    ModelScan(ReleaseGatePolicy policy, List<Violation> violations) {
        this.policy = policy;
        this.violations = violations;
    }

    void scan(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler()); // report by exception, not on stderr
        visit(builder.parse(new ByteArrayInputStream(xml)).getDocumentElement());
    }

    private void visit(Element element) {
        checkElement(element);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            checkAttribute(element, (Attr) attributes.item(i));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                visit(childElement);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                checkExpression(element, child.getNodeValue(), "its text");
            }
        }
    }

    private void checkElement(Element element) {
        String name = element.getLocalName();
        boolean bpmn = BPMN_NS.equals(element.getNamespaceURI());
        boolean camunda = CAMUNDA_NS.equals(element.getNamespaceURI());
        if (bpmn && "scriptTask".equals(name)) {
            add(element, Rule.SCRIPT, "is a script task: scripts run arbitrary code inside the engine");
        } else if ((bpmn || camunda) && "script".equals(name) && !"scriptTask".equals(parentName(element))) {
            add(element, Rule.SCRIPT, "holds a script: scripts run arbitrary code inside the engine");
        } else if (bpmn
                && ("conditionExpression".equals(name) || "condition".equals(name))
                && !element.getAttribute("language").isBlank()) {
            add(
                    element,
                    Rule.SCRIPT,
                    "has a condition written in the script language '" + element.getAttribute("language") + "'");
        } else if (bpmn && "callActivity".equals(name)) {
            add(
                    element,
                    Rule.UNVERIFIABLE,
                    "calls another process, which the release gate cannot verify as part of this model");
        }
    }

    private void checkAttribute(Element element, Attr attribute) {
        boolean camunda = CAMUNDA_NS.equals(attribute.getNamespaceURI())
                || (attribute.getNamespaceURI() == null && CAMUNDA_NS.equals(element.getNamespaceURI()));
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        String value = attribute.getValue();
        if (camunda && "class".equals(name)) {
            if (!policy.classes().contains(value)) {
                add(
                        element,
                        Rule.CLASS_NOT_ALLOWED,
                        "names the Java class " + value + ", which is not on the allow-list");
            }
        } else if (camunda && "delegateExpression".equals(name)) {
            if (!policy.delegateExpressions().contains(value)) {
                add(
                        element,
                        Rule.EXPRESSION_NOT_ALLOWED,
                        "names the delegate " + value + ", which is not on the allow-list");
            }
        } else if (camunda && "resource".equals(name) && "script".equals(element.getLocalName())) {
            // reported with the script element itself
        } else {
            checkExpression(element, value, "attribute " + attribute.getName());
        }
    }

    private void checkExpression(Element element, String value, String where) {
        if (!ExpressionRules.containsExpression(value)) {
            return;
        }
        String why = ExpressionRules.whyNotAllowed(value);
        if (why != null) {
            add(
                    element,
                    Rule.EXPRESSION_NOT_ALLOWED,
                    "has an expression in " + where + " that " + why
                            + "; only variables, literals and operators are allowed");
        }
    }

    private void add(Element element, Rule rule, String message) {
        String id = idOf(element);
        violations.add(Violation.of(id, rule, id + " " + message));
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

    private static String parentName(Element element) {
        return element.getParentNode() instanceof Element parent ? parent.getLocalName() : "";
    }
}
