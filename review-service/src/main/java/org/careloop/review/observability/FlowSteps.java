package org.careloop.review.observability;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.careloop.bpmn.PatientReplyModel;

/**
 * Marks each activity of a parsed patient-reply model with its {@link FlowStep} and adds the engine-side listeners
 * that observe the flow: at the process's start (the message accepted) and at each review task's creation. They are
 * the engine's own, added at parse time: the model's XML, and so the release gate's view of it, is unchanged.
 */
class FlowSteps extends AbstractBpmnParseListener {

    private final ExecutionListener processStarted;
    private final FlowObservation observation;

    FlowSteps(FlowObservation observation) {
        this.observation = observation;
        this.processStarted = observation::processStarted;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        if (PatientReplyModel.PROCESS_ID.equals(processDefinition.getKey())) {
            processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, processStarted);
        }
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        FlowStep.ofDelegateExpression(element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression"))
                .tag(activity);
    }

    @Override
    public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        FlowStep.ROUTE.tag(activity);
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        // The shipped model's second review; any other user task is a review.
        FlowStep step = "Task_SecondReview".equals(activity.getId()) ? FlowStep.SECOND_REVIEW : FlowStep.REVIEW;
        step.tag(activity);
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
            TaskListener created = task -> observation.reviewTaskCreated(step, task);
            userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created);
        }
    }
}
