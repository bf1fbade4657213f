package org.careloop.review.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.careloop.review.process.CareloopEngineConfiguration;

/**
 * Job locks a node's previous run left behind. A node killed while it held jobs (running, queued, or next in a
 * message's chain) leaves them locked under its id until the lock time runs out; the same node id starting again
 * knows that none of them is running, and gives them back to the job executor at once.
 */
@ApplicationScoped
public class StaleLocks {

    @Inject
    ManagementService management;

    @Inject
    CareloopEngineConfiguration engine;

    @Inject
    EntityManager em;

    /**
     * Unlocks the jobs locked by {@code owner}; call it only for this node's own id and before its job executor
     * acquires. Each job is unlocked in its own transaction and only while {@code owner} still holds it: a job that
     * another node took over since (its lock had expired) keeps that node's lock. Returns how many were unlocked.
     */
    public int release(String owner) {
        // No job query filters by lock owner: the ids come from the engine's table, the unlocking from the engine.
        String jobs = management.getTableName(Job.class);
        @SuppressWarnings("unchecked")
        List<String> locked = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT ID_ FROM " + jobs + " WHERE LOCK_OWNER_ = ?1")
                        .setParameter(1, owner)
                        .getResultList());
        int released = 0;
        for (String jobId : locked) {
            try {
                if (engine.getCommandExecutorTxRequired().execute(unlockIfHeldBy(jobId, owner))) {
                    released++;
                }
            } catch (OptimisticLockingException e) {
                // Another node locked or finished it between the query and the update: it is not ours any more.
            }
        }
        return released;
    }

    private static Command<Boolean> unlockIfHeldBy(String jobId, String owner) {
        return context -> {
            JobEntity job = context.getJobManager().findJobById(jobId);
            if (job == null || !owner.equals(job.getLockOwner())) {
                return false;
            }
            job.unlock();
            return true;
        };
    }
}
