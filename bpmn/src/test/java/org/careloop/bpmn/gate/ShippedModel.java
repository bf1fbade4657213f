package org.careloop.bpmn.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The shipped patient-reply model as text, changed the way an admin would change it in an editor. */
final class ShippedModel {

    private final String xml;

    private ShippedModel(String xml) {
        this.xml = xml;
    }

    static ShippedModel load() {
        try (InputStream in = ShippedModel.class.getResourceAsStream("/bpmn/patient-reply.bpmn")) {
            return new ShippedModel(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text that occurs exactly once, so that an edit cannot silently miss. */
    ShippedModel replace(String once, String with) {
        int at = xml.indexOf(once);
        assertThat(at).as("the shipped model contains %s", once).isNotNegative();
        assertThat(xml.indexOf(once, at + 1)).as("%s occurs once", once).isNegative();
        return new ShippedModel(xml.substring(0, at) + with + xml.substring(at + once.length()));
    }

    /** Puts an element into the process, before its first sequence flow. */
    ShippedModel addToProcess(String elements) {
        return replace(
                "    <bpmn:sequenceFlow id=\"Flow_MessageReceived_ScreenMessage\"",
                elements + "\n    <bpmn:sequenceFlow id=\"Flow_MessageReceived_ScreenMessage\"");
    }

    String xml() {
        return xml;
    }

    @Override
    public String toString() {
        return "patient-reply (edited)";
    }
}
