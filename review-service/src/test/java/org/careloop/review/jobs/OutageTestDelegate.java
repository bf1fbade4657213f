package org.careloop.review.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.careloop.review.errors.ServiceUnreachableException;
import org.careloop.review.inference.InferenceServiceCalls;
import org.careloop.review.policy.PolicyServiceCalls;

/** A step that fails as its test tells it, per business key: a service unreachable, bad data, or not at all. */
@Named("outageTestDelegate")
@ApplicationScoped
public class OutageTestDelegate implements JavaDelegate {

    enum Outcome {
        UNREACHABLE,
        INFERENCE_UNREACHABLE,
        BAD_DATA,
        SUCCEED
    }

    static final Map<String, Outcome> OUTCOMES = new ConcurrentHashMap<>();

    @Override
    public void execute(DelegateExecution execution) {
        switch (OUTCOMES.getOrDefault(execution.getProcessBusinessKey(), Outcome.SUCCEED)) {
            case UNREACHABLE ->
                throw ServiceUnreachableException.classify(
                        PolicyServiceCalls.SERVICE,
                        new IllegalStateException("call failed", new ConnectException("Connection refused")));
            case INFERENCE_UNREACHABLE ->
                throw ServiceUnreachableException.classify(
                        InferenceServiceCalls.SERVICE,
                        new IllegalStateException("call failed", new ConnectException("refused")));
            case BAD_DATA -> throw new IllegalStateException("message has no text");
            case SUCCEED -> {}
        }
    }
}
