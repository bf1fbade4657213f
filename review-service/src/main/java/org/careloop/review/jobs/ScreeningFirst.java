package org.careloop.review.jobs;

import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.ConstantValueProvider;
import org.camunda.bpm.engine.impl.jobexecutor.MessageJobDeclaration;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Screening runs before any drafting or checking waits its turn: only screening finds an emergency, and an
 * emergency's safety message is shown in the screening's own transaction. Applied to every model the engine parses
 * (admins' too), to each service task that runs the screening delegate:
 *
 * <ul>
 *   <li>its job gets a priority above the default 0, and the job executor acquires by priority, so a backlog (a
 *       burst of messages, the jobs a crash left) is screened first;
 *   <li>its job is not exclusive, so the job thread does not go straight on to the same message's draft and check
 *       (the engine chains exclusive jobs of one process instance on one thread): they are acquired again, after any
 *       screening still waiting. Nothing else of a process instance runs while it is being screened;
 *   <li>it is marked as screening, so that a failed attempt is tried again no later than the screening deadline
 *       ({@link RetryWhileUnreachableCmd}), when the message goes to review as not screened if it fails again.
 * </ul>
 */
public class ScreeningFirst extends AbstractBpmnParseListener {

    public static final long SCREENING_PRIORITY = 100;
    /** Set on each screening activity, for {@link RetryWhileUnreachableCmd}'s screening deadline. */
    static final String SCREENING_PROPERTY = "careloopScreening";

    static final String SCREENING_DELEGATE = "${screenMessageDelegate}";

    @Override
    public void parseServiceTask(Element serviceTaskElement, ScopeImpl scope, ActivityImpl activity) {
        String delegate = serviceTaskElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression");
        if (!SCREENING_DELEGATE.equals(delegate == null ? null : delegate.strip())) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<MessageJobDeclaration> jobs =
                (List<MessageJobDeclaration>) activity.getProperty(BpmnParse.PROPERTYNAME_MESSAGE_JOB_DECLARATION);
        activity.setProperty(SCREENING_PROPERTY, true);
        if (jobs == null) {
            return;
        }
        for (MessageJobDeclaration job : jobs) {
            job.setExclusive(false);
            job.setJobPriorityProvider(new ConstantValueProvider(SCREENING_PRIORITY));
        }
    }
}
