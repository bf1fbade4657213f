package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.system.Careloop.as;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 on the running system: a reply drafted by the offline model and approved by a clinician, fetched over HTTP
 * as an EHR would (FHIR R4 JSON, with real Keycloak tokens), names the model and the clinician and carries AIAST.
 */
class FhirExportSystemTest {

    private static final String FHIR_JSON = "application/fhir+json";
    private static final String AIAST_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";

    @Test
    void theApprovedReplyExportsWithItsModelItsClinicianAndTheAiLabel() {
        String messageId = Careloop.sendMessage("alice", "I have had a sore throat and a mild fever for three days.");
        String taskId = Careloop.awaitReviewTask("carter", messageId);
        JsonPath task = Careloop.task("carter", taskId);
        Careloop.decide("carter", taskId, Map.of("action", "APPROVE"));
        String replyText = Careloop.awaitAnswered("alice", messageId).getString("reply.text");

        // The patient's own records: the message and the reply in response to it, labelled as AI-asserted.
        JsonPath own = fhir("alice", "/api/fhir/Communication");
        String reply = "entry.resource.find { it.id == 'reply-" + messageId + "' }";
        assertThat(own.getString("resourceType")).isEqualTo("Bundle");
        assertThat(own.getString(reply + ".payload[0].contentString")).isEqualTo(replyText);
        assertThat(own.getString(reply + ".inResponseTo[0].reference")).isEqualTo("Communication/message-" + messageId);
        assertThat(own.getString(reply + ".sender.display")).isEqualTo("Maya Carter");
        assertThat(own.getString(reply + ".meta.security[0].system")).isEqualTo(AIAST_SYSTEM);
        assertThat(own.getString(reply + ".meta.security[0].code")).isEqualTo("AIAST");
        String alice = own.getString(reply + ".subject.identifier.value");

        // The admin's export reads the same patient's records, and the reply's Provenance.
        JsonPath byPatient = fhir("root-admin", "/api/fhir/Communication?patient=" + alice);
        assertThat(byPatient.getList("entry.resource.id", String.class))
                .contains("message-" + messageId, "reply-" + messageId);
        JsonPath provenances = fhir("root-admin", "/api/fhir/Provenance?target=Communication/reply-" + messageId);
        assertThat(provenances.getInt("total")).isEqualTo(1);
        JsonPath p = provenances.setRootPath("entry[0].resource");
        assertThat(p.getString("target[0].reference")).isEqualTo("Communication/reply-" + messageId);
        assertThat(p.getString("contained.find { it.resourceType == 'Device' }.deviceName[0].name"))
                .isEqualTo(task.getString("draft.provenance.model"))
                .isEqualTo("offline-extractive");
        assertThat(p.getString("contained.find { it.resourceType == 'Device' }.manufacturer"))
                .isEqualTo(task.getString("draft.provenance.provider"));
        assertThat(p.getList("contained.find { it.resourceType == 'Device' }.version.value", String.class))
                .contains(task.getString("draft.provenance.modelVersion"));
        assertThat(p.getString("contained.find { it.resourceType == 'Practitioner' }.name[0].text"))
                .isEqualTo("Maya Carter");
        assertThat(p.getList("agent.collect { it.type.coding[0].code }", String.class))
                .containsExactly("author", "verifier");
        assertThat(p.getList("agent.who.reference", String.class)).containsExactly("#model", "#clinician-1");
        assertThat(p.getList("entity.role", String.class)).contains("source");

        // Today's export holds it too; another patient sees nothing of it.
        List<String> exported = new ArrayList<>();
        String page = "/api/fhir/export?from=" + LocalDate.now().minusDays(1) + "&to="
                + LocalDate.now().plusDays(1) + "&_count=200";
        for (int pages = 0; page != null && pages < 50; pages++) {
            JsonPath export = fhir("root-admin", page);
            exported.addAll(export.getList("entry.resource.id", String.class));
            String next = export.getString("link.find { it.relation == 'next' }.url");
            page = next == null ? null : next.replaceFirst("^https?://[^/]+", "");
        }
        assertThat(exported).contains("message-" + messageId, "reply-" + messageId, "release-" + messageId);
        as("bob")
                .accept(FHIR_JSON)
                .get("/api/fhir/Communication?patient=" + alice)
                .then()
                .statusCode(403);
        assertThat(fhir("bob", "/api/fhir/Provenance?target=Communication/reply-" + messageId)
                        .getInt("total"))
                .isZero();
    }

    private static JsonPath fhir(String user, String path) {
        return as(user).accept(FHIR_JSON)
                .get(path)
                .then()
                .statusCode(200)
                .contentType(FHIR_JSON)
                .extract()
                .jsonPath();
    }
}
