package org.careloop.bpmn.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.careloop.bpmn.PatientReplyModel;
import org.junit.jupiter.api.Test;

class ShippedTableVerdictTest {

    @Test
    void theBuildPassedExactlyTheShippedTable() throws IOException {
        byte[] shipped = shippedTable();

        assertThat(new DecisionTableVerifier().verify(shipped)).isEmpty();
        assertThat(ShippedTableVerdict.passedAtBuild(shipped)).isTrue();
    }

    @Test
    void anyOtherTableIsLeftToTheCheckAtStart() throws IOException {
        String shipped = new String(shippedTable(), StandardCharsets.UTF_8);
        // The emergency rule routed to the ordinary clinicians: a table the gate refuses.
        String changed = shipped.replaceFirst("\"on-call\"", "\"clinician\"");

        assertThat(changed).isNotEqualTo(shipped);
        assertThat(ShippedTableVerdict.passedAtBuild(changed.getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(ShippedTableVerdict.passedAtBuild((shipped + " ").getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(ShippedTableVerdict.passedAtBuild(new byte[0])).isFalse();
    }

    private static byte[] shippedTable() throws IOException {
        try (InputStream in =
                PatientReplyModel.class.getClassLoader().getResourceAsStream(PatientReplyModel.ROUTING_RESOURCE)) {
            return in.readAllBytes();
        }
    }
}
