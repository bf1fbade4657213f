package org.careloop.review.process;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;

/**
 * The engine's history as level {@code full} writes it, less two kinds of rows that nothing in careloop reads and
 * that were a third of the history rows of each message: the job log ({@code ACT_HI_JOB_LOG}, a row when each job is
 * created and another when it succeeds or fails, about ten a message) and the variable update details
 * ({@code ACT_HI_DETAIL}, a row for every write of a variable beside {@code ACT_HI_VARINST}'s current value, about
 * fifteen a message). What the audit, the oversight pages, the inbox and the load benchmark read is all kept: process,
 * activity and task instances, variables, identity links, decisions and incidents. Either can be switched back on
 * ({@code careloop.history.job-log}, {@code careloop.history.variable-details}) to investigate a problem.
 */
final class StoredHistory extends DbHistoryEventHandler {

    private final boolean jobLog;
    private final boolean variableDetails;

    StoredHistory(boolean jobLog, boolean variableDetails) {
        this.jobLog = jobLog;
        this.variableDetails = variableDetails;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!jobLog && event instanceof HistoricJobLogEventEntity) {
            return;
        }
        super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return variableDetails && super.shouldWriteHistoricDetail(event);
    }
}
