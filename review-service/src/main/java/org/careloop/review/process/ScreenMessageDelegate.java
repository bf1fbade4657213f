package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.careloop.review.screening.Screening;
import org.careloop.review.screening.ScreeningService;

/** Task_ScreenMessage: the message's screening ({@link ScreeningService}) and the routing table's inputs. */
@Named("screenMessageDelegate")
@ApplicationScoped
public class ScreenMessageDelegate extends MessageDelegate {

    @Inject
    ScreeningService screenings;

    @Override
    protected void execute(DelegateExecution execution, UUID messageId) {
        Screening screening = screenings.screenOnce(messageId, execution.getProcessInstanceId());
        execution.setVariable(ProcessVariables.HIGHEST_SEVERITY, screening.highestSeverity);
        // The routing table's inputs. A new screening means the draft is still to come: no risk level yet.
        execution.setVariable(ProcessVariables.RED_FLAG_SEVERITY, screening.highestSeverity);
        execution.setVariable(ProcessVariables.RED_FLAG_CATEGORY, ScreeningService.leadingCategory(screening));
        execution.setVariable(ProcessVariables.RISK_LEVEL, "NONE");
    }
}
