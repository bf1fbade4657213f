package org.careloop.review.jobs;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The jobs this node's job executor holds right now: acquired and waiting for a thread (or handed back by a full
 * queue, to be submitted again), running, or locked for the running thread as the next exclusive job of its message.
 * A job locked in this node's name that is not among them is a leftover: its transaction failed without writing the
 * failure, which is what a database outage does ({@link LeftoverLocks}).
 */
@Singleton
public class JobsInFlight {

    private final Set<String> jobIds = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean failedSinceLastLook = new AtomicBoolean();

    void add(Collection<String> ids) {
        jobIds.addAll(ids);
    }

    void done(String jobId, boolean failed) {
        jobIds.remove(jobId);
        if (failed) {
            failedSinceLastLook.set(true);
        }
    }

    public boolean contains(String jobId) {
        return jobIds.contains(jobId);
    }

    /** Whether a job ended with an exception since the last call: only then can a lock have been left behind. */
    boolean takeFailed() {
        return failedSinceLastLook.getAndSet(false);
    }
}
