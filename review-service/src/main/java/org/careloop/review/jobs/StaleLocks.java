package org.careloop.review.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.careloop.review.process.CareloopEngineConfiguration;

/**
 * Job locks in one node's name, and giving them back to the job executor. A node killed while it held jobs (running,
 * queued, or next in a message's chain) leaves them locked under its id until the lock time runs out; the same node id
 * starting again knows that none of them is running ({@link #release}). A running node gives back the locks it holds
 * on jobs it no longer runs ({@link LeftoverLocks}).
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
        int released = 0;
        for (String jobId : lockedBy(owner).keySet()) {
            if (unlock(jobId, owner, null, id -> false)) {
                released++;
            }
        }
        return released;
    }

    /** The jobs locked in {@code owner}'s name, with the time each lock runs out. */
    Map<String, Date> lockedBy(String owner) {
        // No job query filters by lock owner: the ids come from the engine's table, the unlocking from the engine.
        String jobs = management.getTableName(Job.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT ID_, LOCK_EXP_TIME_ FROM " + jobs + " WHERE LOCK_OWNER_ = ?1")
                        .setParameter(1, owner)
                        .getResultList());
        Map<String, Date> locked = new LinkedHashMap<>();
        for (Object[] row : rows) {
            locked.put((String) row[0], asDate(row[1]));
        }
        return locked;
    }

    // The column is a timestamp without time zone, read in the JVM's zone as the engine reads it.
    private static Date asDate(Object value) {
        if (value == null || value instanceof Date) {
            return (Date) value;
        }
        if (value instanceof LocalDateTime local) {
            return Timestamp.valueOf(local);
        }
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        if (value instanceof OffsetDateTime offset) {
            return Date.from(offset.toInstant());
        }
        throw new IllegalStateException("unexpected LOCK_EXP_TIME_ type " + value.getClass());
    }

    /**
     * Unlocks the job in its own transaction if {@code owner} still holds it, with the lock that ran out at
     * {@code expiry} when that is given (not a lock taken since), and {@code running} does not say it runs.
     */
    boolean unlock(String jobId, String owner, Date expiry, Predicate<String> running) {
        try {
            return engine.getCommandExecutorTxRequired().execute(unlockIfHeld(jobId, owner, expiry, running));
        } catch (OptimisticLockingException e) {
            // Another node locked or finished it between the query and the update: it is not ours any more.
            return false;
        }
    }

    private static Command<Boolean> unlockIfHeld(String jobId, String owner, Date expiry, Predicate<String> running) {
        return context -> {
            JobEntity job = context.getJobManager().findJobById(jobId);
            if (job == null
                    || !owner.equals(job.getLockOwner())
                    || (expiry != null && !sameTime(expiry, job.getLockExpirationTime()))
                    || running.test(jobId)) {
                return false;
            }
            job.unlock();
            return true;
        };
    }

    private static boolean sameTime(Date a, Date b) {
        return b != null && a.getTime() == b.getTime();
    }
}
