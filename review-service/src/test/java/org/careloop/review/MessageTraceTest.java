package org.careloop.review;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.careloop.review.observability.MessageTracing;
import org.junit.jupiter.api.Test;

/**
 * One message, one trace: the trace context of the request that accepted it is kept with its process, and the
 * asynchronous steps' calls to policy- and inference-service carry it, with the message id as baggage.
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class MessageTraceTest {

    @Inject
    HistoryService history;

    @Test
    void shouldCarryTheIntakeRequestsTraceThroughTheJobsToTheServicesCalled() {
        String messageId = PatientReplyFlowTest.send(
                "bob", CareloopTestEnvironment.GREETING + "Is it fine to take my hay fever tablets in the evening?");
        PatientReplyFlowTest.awaitReviewTask("carter", messageId);

        String instanceId = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(messageId)
                .singleResult()
                .getId();
        String traceParent = (String) history.createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId)
                .variableName(MessageTracing.TRACE_PARENT_VARIABLE)
                .singleResult()
                .getValue();
        assertThat(traceParent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        String traceId = traceParent.split("-")[1];

        for (String path : List.of("/screen", "/drafts", "/check-draft")) {
            List<LoggedRequest> calls =
                    CareloopTestEnvironment.wireMock.findAll(postRequestedFor(urlEqualTo(path))).stream()
                            .filter(r -> r.containsHeader("baggage")
                                    && r.getHeader("baggage").contains("careloop.message_id=" + messageId))
                            .toList();
            assertThat(calls)
                    .as(path + " called with the message id as baggage")
                    .isNotEmpty();
            assertThat(calls)
                    .as(path + " in the message's trace")
                    .allSatisfy(
                            call -> assertThat(call.getHeader("traceparent")).startsWith("00-" + traceId + "-"));
        }
    }
}
