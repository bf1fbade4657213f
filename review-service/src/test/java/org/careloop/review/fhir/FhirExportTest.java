package org.careloop.review.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.review.PatientReplyFlowTest.FILLED_DRAFT;
import static org.careloop.review.Releases.released;
import static org.careloop.review.Users.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careloop.review.AuditEvents;
import org.careloop.review.CareloopTestEnvironment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * Released replies, made through the real flow (patient, screening, draft, review, release), exported as FHIR R4 over
 * HTTP; every resource returned is validated against the base R4 profiles with HAPI's validator.
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class FhirExportTest {

    private static final FhirJson FHIR = new FhirJson();

    @Test
    void shouldExportAnAiDraftedReplyWithAiastAndAProvenanceNamingTheModelAndTheClinician() {
        String messageId =
                released("alice", "carter", "I have had a sore throat for three days.", Map.of("action", "APPROVE"));

        Bundle communications = bundle(get("alice", "/api/fhir/Communication"));
        Communication message = communication(communications, "message-" + messageId);
        Communication reply = communication(communications, "reply-" + messageId);
        assertThat(message.getPayloadFirstRep().getContentStringType().getValue())
                .endsWith("sore throat for three days.");
        assertThat(message.getSender().getIdentifier().getValue()).isEqualTo("sub-alice");
        assertThat(message.getMeta().getSecurity()).isEmpty();
        assertThat(reply.getPayloadFirstRep().getContentStringType().getValue()).isEqualTo(FILLED_DRAFT);
        assertThat(reply.getInResponseToFirstRep().getReference()).isEqualTo("Communication/message-" + messageId);
        assertThat(reply.getSender().getDisplay()).isEqualTo("Maya Carter");
        assertThat(reply.getSender().getIdentifier().getValue()).isEqualTo("carter");
        assertThat(reply.getRecipientFirstRep().getIdentifier().getValue()).isEqualTo("sub-alice");
        assertThat(reply.getSubject().getIdentifier().getSystem()).isEqualTo(FhirIds.PATIENT_SYSTEM);
        assertThat(reply.getSent()).isNotNull();
        assertThat(reply.getNoteFirstRep().getText())
                .isEqualTo("Drafted with AI assistance and reviewed by Maya Carter on " + LocalDate.now());
        assertThat(reply.getMeta().getSecurity()).singleElement().satisfies(label -> {
            assertThat(label.getSystem()).isEqualTo("http://terminology.hl7.org/CodeSystem/v3-ObservationValue");
            assertThat(label.getCode()).isEqualTo("AIAST");
        });

        Provenance provenance =
                onlyProvenance(get("alice", "/api/fhir/Provenance?target=Communication/reply-" + messageId));
        assertThat(provenance.getIdElement().getIdPart()).isEqualTo("release-" + messageId);
        assertThat(provenance.getTargetFirstRep().getReference()).isEqualTo("Communication/reply-" + messageId);
        assertThat(provenance.getRecorded()).isNotNull();
        Device model = contained(provenance, Device.class).get(0);
        assertThat(model.getDeviceNameFirstRep().getName()).isEqualTo("offline-extractive");
        assertThat(model.getManufacturer()).isEqualTo("offline");
        assertThat(model.getVersion())
                .extracting(v -> v.getType().getText() + "=" + v.getValue())
                .containsExactly("model version=1", "prompt template=draft-reply-v1", "knowledge base=sha256:test");
        assertThat(contained(provenance, Practitioner.class))
                .singleElement()
                .satisfies(p -> assertThat(p.getNameFirstRep().getText()).isEqualTo("Maya Carter"));
        assertThat(provenance.getAgent())
                .extracting(a -> a.getType().getCodingFirstRep().getCode() + " "
                        + a.getWho().getReference())
                .containsExactly("author #model", "verifier #clinician-1");
        assertThat(provenance.getEntity())
                .extracting(e -> e.getRole().toCode() + " "
                        + (e.getWhat().hasReference()
                                ? e.getWhat().getReference()
                                : e.getWhat().getIdentifier().getValue()))
                .containsExactly("source Communication/message-" + messageId, "source sore-throat");
        assertThat(provenance.getPolicy()).extracting(p -> p.getValue()).containsExactly("urn:careloop:policy:test-1");
    }

    @Test
    void shouldExportAReplyTheClinicianWroteWithoutAiastAndWithTheClinicianAsAuthor() {
        String own = "Please book an appointment this week so we can examine your knee.";
        String messageId = released(
                "alice", "carter", "My knee is swollen since I fell.", Map.of("action", "REJECT", "text", own));

        Communication reply = (Communication) FHIR.parse(
                Communication.class,
                get("alice", "/api/fhir/Communication/reply-" + messageId).asString());
        assertThat(R4Validation.errors(FHIR.encode(reply))).isEmpty();
        assertThat(reply.getPayloadFirstRep().getContentStringType().getValue()).isEqualTo(own);
        assertThat(reply.getMeta().getSecurity()).isEmpty();
        assertThat(reply.getNoteFirstRep().getText()).isEqualTo("Written by Maya Carter");

        Provenance provenance = FHIR.parse(
                Provenance.class,
                get("root-admin", "/api/fhir/Provenance/release-" + messageId).asString());
        assertThat(R4Validation.errors(FHIR.encode(provenance))).isEmpty();
        assertThat(contained(provenance, Device.class)).isEmpty();
        assertThat(provenance.getAgent())
                .extracting(a -> a.getType().getCodingFirstRep().getCode() + " "
                        + a.getRoleFirstRep().getText())
                .containsExactly("author wrote the reply");
        assertThat(provenance.getEntity()).hasSize(1);
    }

    @Test
    void shouldShowAPatientOnlyTheirOwnRecordsAndNoOneElseAnything() {
        String messageId = released("alice", "lee", "Is it fine to exercise with a cold?", Map.of("action", "APPROVE"));

        outcome(as("bob").get("/api/fhir/Communication?patient=sub-alice"), 403);
        outcome(as("bob").get("/api/fhir/Communication/reply-" + messageId), 404);
        outcome(as("bob").get("/api/fhir/Provenance/release-" + messageId), 404);
        Bundle none = bundle(get("bob", "/api/fhir/Provenance?target=Communication/reply-" + messageId));
        assertThat(none.getTotal()).isZero();
        assertThat(none.getEntry()).isEmpty();
        Bundle bobs = bundle(get("bob", "/api/fhir/Communication"));
        assertThat(bobs.getEntry())
                .noneMatch(e -> e.getResource().getIdElement().getIdPart().endsWith(messageId));
        as("carter").get("/api/fhir/Communication?patient=sub-alice").then().statusCode(403);
        as("alice").get("/api/fhir/export?from=2026-01-01&to=2026-01-02").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/fhir/Communication").then().statusCode(401);

        // What the patient and the admin read is in the audit trail; what bob was refused is not a read.
        long before = AuditEvents.count(messageId, "FHIR_READ");
        get("root-admin", "/api/fhir/Communication?patient=sub-alice");
        get("alice", "/api/fhir/Provenance?target=Communication/reply-" + messageId);
        assertThat(AuditEvents.count(messageId, "FHIR_READ")).isEqualTo(before + 2);
    }

    @Test
    void shouldAnswerBadParametersWithAnOperationOutcome() {
        assertThat(outcome(as("root-admin").get("/api/fhir/Communication"), 400))
                .contains("'patient' is required");
        assertThat(outcome(as("alice").get("/api/fhir/Communication?patinet=sub-alice"), 400))
                .contains("unknown parameter 'patinet'");
        assertThat(outcome(as("alice").get("/api/fhir/Communication?_count=0"), 400))
                .contains("_count");
        assertThat(outcome(as("alice").get("/api/fhir/Communication?_count=ten"), 400))
                .contains("whole number");
        assertThat(outcome(as("alice").get("/api/fhir/Communication?_offset=-1"), 400))
                .contains("_offset");
        assertThat(outcome(as("alice").get("/api/fhir/Communication/reply-x?_count=1"), 400))
                .contains("this request takes none");
        assertThat(outcome(as("alice").get("/api/fhir/Provenance"), 400)).contains("'target' is required");
        assertThat(outcome(as("alice").get("/api/fhir/Provenance?target=Patient/x"), 400))
                .contains("target");
        assertThat(outcome(as("root-admin").get("/api/fhir/export?from=2026-12-02&to=2026-12-01"), 400))
                .contains("'from' must be before 'to'");
        assertThat(outcome(as("root-admin").get("/api/fhir/export?from=2026-01-01&to=2026-12-01"), 400))
                .contains("longer than 31 days");
        assertThat(outcome(as("root-admin").get("/api/fhir/export?from=yesterday&to=2026-12-01"), 400))
                .contains("'from' must be a date");
        assertThat(outcome(as("root-admin").get("/api/fhir/export?to=2026-12-01"), 400))
                .contains("'from' is required");
    }

    @Test
    void shouldExportADaysRepliesAPageAtATimeAsValidBundles() {
        String first = released("bob", "carter", "Can I get a refill of my inhaler?", Map.of("action", "APPROVE"));
        String second = released("bob", "carter", "My cough has come back.", Map.of("action", "APPROVE"));
        LocalDate today = LocalDate.now();

        List<String> ids = new ArrayList<>();
        String next = "/api/fhir/export?from=" + today.minusDays(1) + "&to=" + today.plusDays(1) + "&_count=1";
        for (int page = 0; next != null && page < 200; page++) {
            Bundle bundle = bundle(get("root-admin", next));
            assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
            assertThat(bundle.getEntry()).hasSize(3);
            bundle.getEntry()
                    .forEach(e -> ids.add(e.getResource().getIdElement().getIdPart()));
            next = bundle.getLink("next") == null
                    ? null
                    : bundle.getLink("next").getUrl().replaceFirst("^https?://[^/]+", "");
        }
        assertThat(next).isNull();
        assertThat(ids)
                .containsSubsequence("message-" + first, "reply-" + first, "release-" + first)
                .containsSubsequence("message-" + second, "reply-" + second, "release-" + second);
    }

    /** The FHIR JSON at {@code path} as {@code user} reads it: 200, application/fhir+json, valid R4. */
    private static Response get(String user, String path) {
        Response response = as(user).accept(FhirJson.MEDIA_TYPE).get(path);
        response.then().statusCode(200).contentType(FhirJson.MEDIA_TYPE);
        assertThat(R4Validation.errors(response.asString())).as(path).isEmpty();
        return response;
    }

    private static Bundle bundle(Response response) {
        return FHIR.parse(Bundle.class, response.asString());
    }

    private static Communication communication(Bundle bundle, String id) {
        return bundle.getEntry().stream()
                .map(e -> e.getResource())
                .filter(r -> r instanceof Communication
                        && r.getIdElement().getIdPart().equals(id))
                .map(Communication.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Communication " + id));
    }

    private static Provenance onlyProvenance(Response response) {
        Bundle bundle = bundle(response);
        assertThat(bundle.getTotal()).isEqualTo(1);
        return (Provenance) bundle.getEntryFirstRep().getResource();
    }

    private static <T extends Resource> List<T> contained(Provenance provenance, Class<T> type) {
        return provenance.getContained().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** The OperationOutcome's diagnostics, once the answer has {@code status} and FHIR's content type. */
    private static String outcome(Response response, int status) {
        response.then().statusCode(status).contentType(FhirJson.MEDIA_TYPE);
        OperationOutcome outcome = FHIR.parse(OperationOutcome.class, response.asString());
        assertThat(R4Validation.errors(response.asString())).isEmpty();
        return outcome.getIssueFirstRep().getDiagnostics();
    }
}
