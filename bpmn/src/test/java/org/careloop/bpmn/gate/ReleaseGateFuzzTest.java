package org.careloop.bpmn.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.SAXParserFactory;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Fuzzes the release gate with the shipped model as the seed: the fuzzer splices tokens an attacker would try
 * (comments and CDATA inside expressions, the activiti namespace, scripts, classes, reflection) into it. Whatever
 * comes out, the gate answers with violations rather than an exception, and a model it accepts holds no method
 * call, property access or function call in any attribute or text, read the way the engine's SAX parser reads it
 * (an oracle independent of the gate's DOM walk). Under {@code mvn test} it replays the inputs in
 * {@code src/test/resources/org/careloop/bpmn/gate/ReleaseGateFuzzTestInputs}; {@code JAZZER_FUZZ=1 mvn test
 * -pl bpmn -Dtest=ReleaseGateFuzzTest} fuzzes for real.
 */
class ReleaseGateFuzzTest {

    private static final String SHIPPED = ShippedModel.load().xml();
    private static final String[] TOKENS = {
        "${",
        "#{",
        "}",
        "<!-- c -->",
        "<![CDATA[",
        "]]>",
        "&#36;",
        "&#x24;{",
        "''.getClass().forName('x')",
        "execution.getProcessEngineServices()",
        "task.complete()",
        " xmlns:activiti=\"http://activiti.org/bpmn\"",
        " activiti:class=\"x.Y\"",
        " camunda:class=\"x.Y\"",
        " camunda:expression=\"${a.b()}\"",
        "<bpmn:scriptTask id=\"S\" scriptFormat=\"groovy\"><bpmn:script>1</bpmn:script></bpmn:scriptTask>",
        "<camunda:executionListener event=\"start\" expression=\"${x.y()}\" />",
        "a.b",
        "a[0]",
        "f()",
        "'",
        "\""
    };
    private static final ReleaseGateVerifier GATE = new ReleaseGateVerifier();
    private static final Builder JUEL =
            new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS, Builder.Feature.NULL_PROPERTIES);

    @FuzzTest(maxDuration = "2m")
    void acceptsNothingThatReachesJava(FuzzedDataProvider data) {
        StringBuilder xml = new StringBuilder(SHIPPED);
        int edits = data.consumeInt(1, 4);
        for (int i = 0; i < edits && xml.length() > 0; i++) {
            int at = data.consumeInt(0, xml.length() - 1);
            int cut = data.consumeInt(0, 8);
            String token = data.consumeBoolean() ? data.pickValue(TOKENS) : data.consumeString(12);
            xml.replace(at, Math.min(xml.length(), at + cut), token);
        }
        byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);

        List<Violation> violations = GATE.verify(bytes);

        if (violations.isEmpty()) {
            assertThat(javaReachingExpressions(bytes)).isEmpty();
        }
    }

    /** Every attribute value and element text as SAX reports them, parsed by JUEL, keeping those that reach Java. */
    private static List<String> javaReachingExpressions(byte[] xml) {
        List<String> found = new ArrayList<>();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();

                @Override
                public void startElement(String uri, String local, String qName, Attributes attributes) {
                    check(text.toString(), found);
                    text.setLength(0);
                    for (int i = 0; i < attributes.getLength(); i++) {
                        check(attributes.getValue(i), found);
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    text.append(ch, start, length);
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    check(text.toString(), found);
                    text.setLength(0);
                }
            });
        } catch (Exception e) {
            found.add("unparseable but accepted: " + e.getMessage());
        }
        return found;
    }

    private static void check(String value, List<String> found) {
        if (!value.contains("${") && !value.contains("#{")) {
            return;
        }
        try {
            if (reachesJava(JUEL.build(value).getRoot())) {
                found.add(value);
            }
        } catch (RuntimeException e) {
            // the engine could not parse it either
        }
    }

    private static boolean reachesJava(Node node) {
        if (node instanceof AstMethod
                || node instanceof AstDot
                || node instanceof AstBracket
                || node instanceof AstFunction) {
            return true;
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            if (reachesJava(node.getChild(i))) {
                return true;
            }
        }
        return false;
    }
}
