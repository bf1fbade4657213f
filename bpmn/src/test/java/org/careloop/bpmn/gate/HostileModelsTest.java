package org.careloop.bpmn.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-model corpus in {@code src/test/resources/hostile}: BPMN and DMN files written against the shipped
 * models, by someone who had not read the gate, each with the kind of attack and the element that carries it
 * ({@code manifest.jsonl}). Every hostile file is refused; the shipped models pass.
 */
class HostileModelsTest {

    private static final Pattern FIELD =
            Pattern.compile("\"(file|kind|elementId|attack)\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Case(String file, String kind, String elementId, String attack) {
        @Override
        public String toString() {
            return file + " (" + kind + ")";
        }
    }

    static Stream<Case> corpus() throws IOException {
        try (InputStream in = HostileModelsTest.class.getResourceAsStream("/hostile/manifest.jsonl");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank()).map(HostileModelsTest::parse).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusesEveryHostileModelAndAcceptsTheShippedOnes(Case c) throws IOException {
        byte[] xml;
        try (InputStream in = getClass().getResourceAsStream("/hostile/" + c.file())) {
            xml = in.readAllBytes();
        }
        List<Violation> violations = c.file().endsWith(".dmn")
                ? new DecisionTableVerifier().verify(xml)
                : new ReleaseGateVerifier().verify(xml);

        if ("shipped".equals(c.kind())) {
            assertThat(violations).as(c.attack()).isEmpty();
        } else {
            assertThat(violations).as(c.attack()).isNotEmpty();
        }
    }

    private static Case parse(String line) {
        Matcher m = FIELD.matcher(line);
        String file = null, kind = null, elementId = null, attack = null;
        while (m.find()) {
            String value = m.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
            switch (m.group(1)) {
                case "file" -> file = value;
                case "kind" -> kind = value;
                case "elementId" -> elementId = value;
                default -> attack = value;
            }
        }
        return new Case(file, kind, elementId, attack);
    }
}
