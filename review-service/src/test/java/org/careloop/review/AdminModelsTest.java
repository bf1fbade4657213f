package org.careloop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.careloop.review.CareloopTestEnvironment.GREETING;
import static org.careloop.review.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.careloop.bpmn.PatientReplyModel;
import org.careloop.review.audit.AuditSealer;
import org.careloop.review.process.ProcessVariables;
import org.careloop.review.support.Sha256;
import org.junit.jupiter.api.Test;

/** Admins change flows safely: hostile models are refused with the element named, good ones deployed and audited. */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class AdminModelsTest {

    @Inject
    AuditSealer sealer;

    @Inject
    RuntimeService runtimeService;

    @Inject
    RepositoryService repositoryService;

    @Inject
    EntityManager em;

    @Test
    void rejectsAPathAroundTheReview() {
        BpmnModelInstance model = draft("hostile-bypass")
                .exclusiveGateway("Gateway_SkipReview")
                .condition("low risk", "${riskLevel == 'LOW'}")
                .serviceTask("Task_ReleaseReply")
                .camundaDelegateExpression("${releaseReplyDelegate}")
                .endEvent()
                .moveToNode("Gateway_SkipReview")
                .condition("otherwise", "${riskLevel != 'LOW'}")
                .userTask("Task_ReviewDraft")
                .camundaCandidateGroups("clinician")
                .connectTo("Task_ReleaseReply")
                .done();

        rejected(model, "Gateway_SkipReview", "RELEASE_WITHOUT_REVIEW");
    }

    @Test
    void rejectsAReleaseAfterRedraftingWithoutAnotherReview() {
        BpmnModelInstance model = draft("hostile-redraft")
                .userTask("Task_ReviewDraft")
                .camundaCandidateGroups("clinician")
                .serviceTask("Task_PolishDraft")
                .camundaDelegateExpression("${draftReplyDelegate}")
                .serviceTask("Task_ReleaseReply")
                .camundaDelegateExpression("${releaseReplyDelegate}")
                .endEvent()
                .done();

        rejected(model, "Task_PolishDraft", "RELEASE_WITHOUT_REVIEW");
    }

    @Test
    void rejectsAScriptTask() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("hostile-script")
                .startEvent()
                .scriptTask("Task_RunScript")
                .scriptFormat("javascript")
                .scriptText("execution.setVariable('x', 1)")
                .endEvent()
                .done();

        rejected(model, "Task_RunScript", "SCRIPT");
    }

    @Test
    void rejectsAClassThatIsNotOnTheAllowList() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("hostile-class")
                .startEvent()
                .serviceTask("Task_Custom")
                .camundaClass("com.example.SendToPatient")
                .endEvent()
                .done();

        rejected(model, "Task_Custom", "CLASS_NOT_ALLOWED");
    }

    @Test
    void rejectsAGatewayThatDecidesOnTheModelsOutput() {
        BpmnModelInstance model = draft("hostile-decision")
                .exclusiveGateway("Gateway_DraftSaysUrgent")
                .sequenceFlowId("Flow_DraftSaysUrgent")
                .condition("urgent", "${draftText == 'URGENT'}")
                .userTask("Task_ReviewUrgent")
                .camundaCandidateGroups("on-call")
                .endEvent()
                .moveToNode("Gateway_DraftSaysUrgent")
                .sequenceFlowId("Flow_Otherwise")
                .condition("otherwise", "${draftText != 'URGENT'}")
                .userTask("Task_ReviewDraft")
                .camundaCandidateGroups("clinician")
                .endEvent()
                .done();

        rejected(model, "Flow_DraftSaysUrgent", "DECISION_ON_MODEL_OUTPUT");
    }

    @Test
    void rejectsATimerThatCompletesTheReview() {
        BpmnModelInstance model = draft("hostile-timer")
                .userTask("Task_ReviewDraft")
                .camundaCandidateGroups("clinician")
                .serviceTask("Task_ReleaseReply")
                .camundaDelegateExpression("${releaseReplyDelegate}")
                .endEvent()
                .moveToActivity("Task_ReviewDraft")
                .boundaryEvent("Timer_AutoApprove")
                .timerWithDuration("PT4H")
                .connectTo("Task_ReleaseReply")
                .done();

        rejected(model, "Timer_AutoApprove", "RELEASE_WITHOUT_REVIEW");
    }

    @Test
    void rejectsARoutingTableThatSendsReviewsToANonClinicalGroupOrRunsScript() {
        String shipped = resource(PatientReplyModel.ROUTING_RESOURCE);
        upload("review-routing.dmn", shipped.replace("<text>\"on-call\"</text>", "<text>\"front-desk\"</text>"))
                .statusCode(422)
                .body("details.violations.elementId", hasItem("Rule_1"))
                .body("details.violations.rule", hasItem("ROUTING_NOT_ALLOWED"));
        upload(
                        "review-routing.dmn",
                        shipped.replace(
                                "<outputEntry id=\"Rule3_Priority\">",
                                "<outputEntry id=\"Rule3_Priority\" expressionLanguage=\"javascript\">"))
                .statusCode(422)
                .body("details.violations.elementId", hasItem("Rule3_Priority"));
    }

    @Test
    void rejectsMalformedAndOversizedUploadsWithTheServicesErrorShape() {
        upload(null, "<definitions><oops")
                .statusCode(422)
                .body("error", equalTo("MODEL_REJECTED"))
                .body("details.violations[0].rule", equalTo("MALFORMED"));
        upload("x.bpmn", "<definitions><oops").statusCode(422).body("details.violations[0].rule", equalTo("MALFORMED"));
        upload("../../etc/passwd", resource(PatientReplyModel.RESOURCE))
                .statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"));
        String big = "<x>" + "a".repeat(1_048_577) + "</x>";
        upload("big.bpmn", big).statusCode(413).body("error", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void onlyAdminsDeployOrSeeModelsAndIncidents() {
        String model = resource(PatientReplyModel.RESOURCE);
        for (String user : List.of("carter", "lee", "alice")) {
            as(user).contentType("application/xml")
                    .body(model)
                    .post("/api/admin/processes")
                    .then()
                    .statusCode(403);
            as(user).get("/api/admin/processes").then().statusCode(403);
            as(user).get("/api/admin/incidents").then().statusCode(403);
        }
    }

    @Test
    void deploysANewRoutingTableVersionAuditedWithTheXmlHash() {
        String changed = resource(PatientReplyModel.ROUTING_RESOURCE)
                .replace("Everything else: within a day.", "Everything else: within a working day.");
        JsonPath deployed = upload("review-routing.dmn", changed)
                .statusCode(201)
                .body("kind", equalTo("DMN"))
                .body("duplicate", equalTo(false))
                .extract()
                .jsonPath();
        assertThat(deployed.getString("sha256")).isEqualTo(Sha256.hex(changed.getBytes(StandardCharsets.UTF_8)));
        assertThat(deployed.getInt("definitions[0].version")).isGreaterThan(1);
        upload("review-routing.dmn", changed).statusCode(201).body("duplicate", equalTo(true));

        as("root-admin")
                .get("/api/admin/processes")
                .then()
                .statusCode(200)
                .body(
                        "findAll { it.kind == 'DMN' && it.key == 'review-routing' }.version",
                        hasItem(deployed.getInt("definitions[0].version")))
                .body(
                        "find { it.kind == 'BPMN' && it.key == 'patient-reply' }.runningInstances",
                        org.hamcrest.Matchers.notNullValue());
        sealer.sealPending();
        long audited = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "SELECT count(*) FROM audit_event WHERE type = 'MODEL_DEPLOYED' AND details LIKE ?1")
                                .setParameter(1, "%" + deployed.getString("sha256") + "%")
                                .getSingleResult())
                        .longValue());
        assertThat(audited).isGreaterThanOrEqualTo(1);
    }

    @Test
    void refusesASecondProcessThatWaitsForThePatientsAnswer() {
        String copy = resource(PatientReplyModel.RESOURCE)
                .replace("id=\"patient-reply\" name=\"Patient reply\"", "id=\"patient-reply-copy\" name=\"Copy\"");

        upload("copy.bpmn", copy)
                .statusCode(422)
                .body("details.violations.rule", hasItem("MESSAGE_NOT_OWNED"))
                .body("details.violations[0].message", containsString("PatientAnswered"));
        assertThat(repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("patient-reply-copy")
                        .count())
                .isZero();
    }

    /** The hostile corpus of the bpmn module, through the admin API of the running service. */
    @Test
    void refusesEveryModelOfTheHostileCorpusThroughTheApi() throws IOException {
        Path corpus = Path.of("..", "bpmn", "src", "test", "resources", "hostile");
        List<String> accepted = new ArrayList<>();
        try (Stream<String> lines = Files.lines(corpus.resolve("manifest.jsonl"))) {
            for (String line :
                    lines.filter(l -> !l.contains("\"kind\": \"shipped\"")).toList()) {
                String file = line.replaceAll(".*\"file\": \"([^\"]+)\".*", "$1");
                byte[] xml = Files.readAllBytes(corpus.resolve(file));
                int status = as("root-admin")
                        .contentType("application/xml")
                        .body(xml)
                        .queryParam("name", Path.of(file).getFileName().toString())
                        .post("/api/admin/processes")
                        .then()
                        .extract()
                        .statusCode();
                if (status != 422 && status != 400) {
                    accepted.add(file + " -> " + status);
                }
            }
        }
        assertThat(accepted).isEmpty();
    }

    @Test
    void keepsRunningInstancesOnTheirVersionWhenANewProcessVersionIsDeployed() {
        String messageId = PatientReplyFlowTest.send("alice", GREETING + "Is the clinic open today?");
        String taskId = PatientReplyFlowTest.awaitReviewTask("carter", messageId);
        String before = runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(messageId)
                .singleResult()
                .getProcessDefinitionId();

        String next = resource(PatientReplyModel.RESOURCE)
                .replace("camunda:versionTag=\"2\"", "camunda:versionTag=\"2-admin\"");
        JsonPath deployed =
                upload("patient-reply.bpmn", next).statusCode(201).extract().jsonPath();
        assertThat(deployed.getString("definitions[0].key")).isEqualTo("patient-reply");
        assertThat(deployed.getString("definitions[0].id")).isNotEqualTo(before);

        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(messageId)
                        .singleResult()
                        .getProcessDefinitionId())
                .isEqualTo(before);
        as("carter")
                .body(Decisions.asShown("carter", taskId, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);
        PatientReplyFlowTest.awaitAnswered("alice", messageId);
    }

    @Test
    void listsIncidentsAndRetriesAFailedJob() {
        String messageId = PatientReplyFlowTest.send("bob", GREETING + "Thanks!");
        String instanceId = QuarkusTransaction.requiringNew()
                .call(() -> runtimeService
                        .createProcessInstanceByKey(PatientReplyModel.PROCESS_ID)
                        .businessKey(messageId)
                        .setVariable(ProcessVariables.MESSAGE_ID, messageId)
                        .setVariable(ProcessVariables.REPLY_TEXT, "Text no clinician approved.")
                        .startBeforeActivity(PatientReplyModel.TASK_RELEASE_REPLY)
                        .execute()
                        .getId());
        Incident incident = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> runtimeService
                                .createIncidentQuery()
                                .processInstanceId(instanceId)
                                .singleResult(),
                        i -> i != null);

        as("root-admin")
                .get("/api/admin/incidents")
                .then()
                .statusCode(200)
                .body(
                        "find { it.id == '" + incident.getId() + "' }.activityId",
                        equalTo(PatientReplyModel.TASK_RELEASE_REPLY))
                .body("find { it.id == '" + incident.getId() + "' }.messageId", equalTo(messageId))
                .body("find { it.id == '" + incident.getId() + "' }.message", containsString("release refused"));
        as("root-admin")
                .post("/api/admin/incidents/{id}/retry", incident.getId())
                .then()
                .statusCode(200)
                .body("jobId", equalTo(incident.getConfiguration()))
                .body("retries", equalTo(1));
        as("root-admin")
                .post("/api/admin/incidents/{id}/retry", "no-such-incident")
                .then()
                .statusCode(404)
                .body("error", equalTo("NOT_FOUND"));
        // Still refused: a retry cannot make unapproved text releasable.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> runtimeService
                                        .createIncidentQuery()
                                        .processInstanceId(instanceId)
                                        .count()
                                == 1
                        && !runtimeService
                                .createIncidentQuery()
                                .processInstanceId(instanceId)
                                .singleResult()
                                .getId()
                                .equals(incident.getId()));
    }

    private static AbstractFlowNodeBuilder<?, ?> draft(String processId) {
        return Bpmn.createExecutableProcess(processId)
                .camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_MessageReceived")
                .serviceTask("Task_DraftReply")
                .camundaDelegateExpression("${draftReplyDelegate}");
    }

    private static void rejected(BpmnModelInstance model, String elementId, String rule) {
        upload(null, Bpmn.convertToString(model))
                .statusCode(422)
                .body("error", equalTo("MODEL_REJECTED"))
                .body("details.violations.elementId", hasItem(elementId))
                .body("details.violations.rule", hasItem(rule))
                .body(
                        "details.violations.find { it.elementId == '" + elementId + "' }.message",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
    }

    private static ValidatableResponse upload(String name, String xml) {
        var request = as("root-admin").contentType("application/xml").body(xml.getBytes(StandardCharsets.UTF_8));
        if (name != null) {
            request = request.queryParam("name", name);
        }
        return request.post("/api/admin/processes").then();
    }

    private static String resource(String path) {
        try (InputStream in = PatientReplyModel.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
