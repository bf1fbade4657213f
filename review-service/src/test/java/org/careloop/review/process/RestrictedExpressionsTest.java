package org.careloop.review.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.careloop.review.CareloopTestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Defence in depth behind the deploy-time gate: a model deployed straight into the engine (as if it had got past
 * the gate) still cannot call a method or read an object's properties from an expression. The engine here is the
 * one review-service runs, with its production expression manager.
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class RestrictedExpressionsTest {

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    HistoryService historyService;

    @Test
    void readsVariablesAndComparesThem() {
        String key = deployDecidingOn("${choice == 'a'}");

        String id = runtimeService
                .startProcessInstanceByKey(key, Map.of("choice", "a"))
                .getId();

        assertThat(endedAt(id)).isEqualTo("End_Condition");
    }

    @Test
    void refusesAMethodCallEvenOnAString() {
        String key = deployDecidingOn("${''.getClass().forName('java.lang.Runtime') != null}");

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(key))
                .hasStackTraceContaining("may not call a method");
    }

    @Test
    void refusesReadingThePropertiesOfTheEnginesObjects() {
        String key = deployDecidingOn("${execution.processEngineServices != null}");

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(key))
                .hasStackTraceContaining("may not read 'processEngineServices'");
    }

    @Test
    void stillReadsMapsThatAreVariables() {
        String key = deployDecidingOn("${settings.mode == 'a'}");

        String id = runtimeService
                .startProcessInstanceByKey(key, Map.of("settings", Map.of("mode", "a")))
                .getId();

        assertThat(endedAt(id)).isEqualTo("End_Condition");
    }

    private String deployDecidingOn(String condition) {
        String key = "expression-" + UUID.randomUUID().toString().substring(0, 8);
        BpmnModelInstance model = Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .exclusiveGateway("Gateway")
                .condition("condition", condition)
                .endEvent("End_Condition")
                .moveToNode("Gateway")
                .condition("otherwise", "${true}")
                .endEvent("End_Otherwise")
                .done();
        // Straight into the engine, past the gate: this test is about what the engine itself allows.
        repositoryService
                .createDeployment()
                .addModelInstance(key + ".bpmn", model)
                .deploy();
        return key;
    }

    private String endedAt(String processInstanceId) {
        return historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .activityType("noneEndEvent")
                .singleResult()
                .getActivityId();
    }
}
