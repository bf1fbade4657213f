package org.careloop.review.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.careloop.review.CareloopTestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Whatever model runs it, the screening step's job comes before drafting's and does not chain into it. The jobs are
 * created suspended (their definitions are), so that they can be looked at before the job executor runs them.
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class ScreeningFirstTest {

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ManagementService managementService;

    @Test
    void theScreeningJobIsAcquiredFirstAndIsNotExclusiveWhateverItsActivityIsCalled() {
        String key = "screening-first-" + UUID.randomUUID().toString().substring(0, 8);
        repositoryService
                .createDeployment()
                .addModelInstance(
                        key + ".bpmn",
                        Bpmn.createExecutableProcess(key)
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .parallelGateway("Split")
                                .serviceTask("Admins_Screening")
                                .camundaAsyncBefore()
                                .camundaDelegateExpression(ScreeningFirst.SCREENING_DELEGATE)
                                .endEvent()
                                .moveToNode("Split")
                                .serviceTask("Admins_Drafting")
                                .camundaAsyncBefore()
                                .camundaDelegateExpression("${draftReplyDelegate}")
                                .endEvent()
                                .done())
                .deploy();
        managementService
                .updateJobDefinitionSuspensionState()
                .byProcessDefinitionKey(key)
                .suspend();

        String instance = runtimeService.startProcessInstanceByKey(key).getId();

        JobEntity screening = jobAt(instance, "Admins_Screening");
        JobEntity drafting = jobAt(instance, "Admins_Drafting");
        assertThat(screening.getPriority()).isEqualTo(ScreeningFirst.SCREENING_PRIORITY);
        assertThat(screening.isExclusive()).isFalse();
        assertThat(drafting.getPriority()).isZero();
        assertThat(drafting.isExclusive()).isTrue();
    }

    private JobEntity jobAt(String processInstanceId, String activityId) {
        return (JobEntity) managementService
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId(activityId)
                .singleResult();
    }
}
