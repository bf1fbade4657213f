package org.careloop.review.jobs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.careloop.review.CareloopTestEnvironment;
import org.careloop.review.jobs.OutageTestDelegate.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A job that could not reach policy-service waits by the schedule spread over minutes, not the model's three quick
 * tries; when policy-service's readiness answers again its jobs go on, those that became incidents too; an incident
 * of a job that failed on its data stays for an admin. The model says R3/PT5S, as careloop's does. ServicesBack's timer
 * is off in tests: the test asks it; the readiness is WireMock's answer.
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class UnreachableServicesTest {

    private static final String READINESS = "/q/health/ready";

    @Inject
    TimerJobs timerJobs;

    @Inject
    ServicesBack servicesBack;

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ManagementService managementService;

    private StubMapping readiness;
    private final List<String> started = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        if (readiness != null) {
            CareloopTestEnvironment.wireMock.removeStub(readiness);
        }
        for (String instance : started) {
            if (!timerJobs.ended(instance)) {
                runtimeService.deleteProcessInstance(instance, "test over");
            }
        }
    }

    @Test
    void aJobThatCouldNotReachPolicyServiceWaitsByTheLongScheduleAndABadDataJobByTheModels() {
        String key = deployOneStep();
        String unreachable = start(key, Outcome.UNREACHABLE);
        String badData = start(key, Outcome.BAD_DATA);

        Job waiting = awaitFailed(unreachable);
        assertThat(waiting.getRetries()).as("8 attempts, the first failed").isEqualTo(7);
        assertThat(waiting.getExceptionMessage()).startsWith("policy-service unreachable: ConnectException");
        assertThat(waiting.getDuedate()).isInTheFuture();
        Job failed = awaitFailed(badData);
        assertThat(failed.getRetries())
                .as("R3/PT5S: 3 attempts, the first failed")
                .isEqualTo(2);
        assertThat(failed.getExceptionMessage()).isEqualTo("message has no text");
    }

    @Test
    void aJobThatCouldNotReachInferenceServiceKeepsTheModelsThreeTriesSoThatTheReviewDoesNotWaitForTheModel() {
        String key = deployOneStep();
        String drafting = start(key, Outcome.INFERENCE_UNREACHABLE);

        Job failed = awaitFailed(drafting);
        assertThat(failed.getRetries())
                .as("R3/PT5S: 3 attempts, the first failed")
                .isEqualTo(2);
        assertThat(failed.getExceptionMessage()).startsWith("inference-service unreachable: ConnectException");
    }

    @Test
    void whenPolicyServiceIsBackItsJobsAndIncidentsGoOnAndABadDataIncidentStays() {
        String key = deployOneStep();
        String unreachable = start(key, Outcome.UNREACHABLE);
        String badData = start(key, Outcome.BAD_DATA);
        toIncident(awaitFailed(unreachable));
        toIncident(awaitFailed(badData));
        String waiting = start(key, Outcome.UNREACHABLE);
        notDueForMinutes(awaitFailed(waiting));

        readiness = CareloopTestEnvironment.wireMock.stubFor(
                get(urlEqualTo(READINESS)).willReturn(aResponse().withStatus(503)));
        assertThat(servicesBack.resumeWhereBack())
                .as("policy-service not ready yet")
                .isZero();
        assertThat(incidents(unreachable)).isOne();

        OutageTestDelegate.OUTCOMES.put(businessKey(unreachable), Outcome.SUCCEED);
        OutageTestDelegate.OUTCOMES.put(businessKey(waiting), Outcome.SUCCEED);
        OutageTestDelegate.OUTCOMES.put(businessKey(badData), Outcome.SUCCEED);
        CareloopTestEnvironment.wireMock.removeStub(readiness);
        readiness = CareloopTestEnvironment.wireMock.stubFor(
                get(urlEqualTo(READINESS)).willReturn(aResponse().withStatus(200)));

        assertThat(servicesBack.resumeWhereBack())
                .as("the incident's job and the waiting one")
                .isEqualTo(2);

        await().atMost(Duration.ofSeconds(20)).until(() -> timerJobs.ended(unreachable) && timerJobs.ended(waiting));
        assertThat(incidents(badData)).as("bad data: an admin decides").isOne();
        assertThat(timerJobs.ended(badData)).isFalse();
        assertThat(servicesBack.resumeWhereBack()).isZero();
    }

    private String deployOneStep() {
        String key = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        repositoryService
                .createDeployment()
                .addModelInstance(
                        key + ".bpmn",
                        Bpmn.createExecutableProcess(key)
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask("Task_Step")
                                .camundaAsyncBefore()
                                .camundaFailedJobRetryTimeCycle("R3/PT5S")
                                .camundaDelegateExpression("${outageTestDelegate}")
                                .endEvent()
                                .done())
                .deploy();
        return key;
    }

    private String start(String key, Outcome outcome) {
        String businessKey = UUID.randomUUID().toString();
        OutageTestDelegate.OUTCOMES.put(businessKey, outcome);
        String instance =
                runtimeService.startProcessInstanceByKey(key, businessKey).getId();
        started.add(instance);
        return instance;
    }

    private String businessKey(String processInstanceId) {
        return runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult()
                .getBusinessKey();
    }

    private Job awaitFailed(String processInstanceId) {
        return await("the first attempt failed")
                .atMost(Duration.ofSeconds(20))
                .until(() -> timerJobs.jobOf(processInstanceId), j -> j != null && j.getExceptionMessage() != null);
    }

    /** The job's last attempt now rather than minutes later: it fails again and becomes an incident. */
    private void toIncident(Job job) {
        notDueForMinutes(job);
        managementService.setJobRetries(job.getId(), 1);
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(RuntimeException.class);
        assertThat(incidents(job.getProcessInstanceId())).isOne();
    }

    /** Out of the job executor's way, so that only the test runs it. */
    private void notDueForMinutes(Job job) {
        managementService.setJobDuedate(job.getId(), Date.from(Instant.now().plus(Duration.ofMinutes(10))));
    }

    private long incidents(String processInstanceId) {
        return runtimeService
                .createIncidentQuery()
                .processInstanceId(processInstanceId)
                .count();
    }
}
