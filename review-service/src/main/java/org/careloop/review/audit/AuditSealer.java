package org.careloop.review.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.careloop.review.support.SqlTimestamps;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Moves committed audit events from audit_pending into the hash chain, in the order they were written, each
 * linked to the one before. It runs in a transaction of its own on one sealing thread, woken by every transaction
 * that wrote an event, and in the caller's thread at start-up (for events a crash left unsealed), before every check
 * of the chain and before an anchor.
 *
 * <p>Sealing takes the chain head's row lock. Sealing in the writer's own thread after its commit (as before) made
 * every audited request, a patient's poll included, hold a database connection while it queued for that lock: under
 * load the pool ran dry and new messages were refused (the load benchmark: 126 of 593 sends answered 500 at 10 messages
 * a second). One sealing thread per node queues no connection; a wake-up while it seals makes it seal once more.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    private static final int BATCH = 500;

    /** Fired by {@link AuditLog#append} inside the recording transaction. */
    public record Written() {}

    @Inject
    EntityManager em;

    @ConfigProperty(name = "careloop.audit.seal-delay", defaultValue = "PT0.2S")
    Duration delay;

    private final AtomicBoolean wanted = new AtomicBoolean();
    private final ScheduledExecutorService sealing = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "audit-sealer");
        t.setDaemon(true);
        return t;
    });

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Written written) {
        if (wanted.compareAndSet(false, true)) {
            sealing.schedule(this::sealWanted, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void sealWanted() {
        // Cleared before sealing: an event committed while this seal runs asks for the next one.
        wanted.set(false);
        try {
            sealPending();
        } catch (RuntimeException e) {
            // The event is safe in audit_pending; the next seal (or the next start) picks it up.
            LOG.warnf("audit events left pending for the next seal: %s", e.getMessage());
        }
    }

    void onStart(@Observes StartupEvent start) {
        sealPending();
    }

    @PreDestroy
    void stop() {
        sealing.shutdown();
    }

    /** Seals everything pending; returns how many events it sealed. */
    public int sealPending() {
        int sealed = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::sealBatch);
            sealed += batch;
        } while (batch == BATCH);
        return sealed;
    }

    private int sealBatch() {
        Object[] head = (Object[])
                em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                        .getSingleResult();
        long seq = ((Number) head[0]).longValue();
        String prevHash = head[1].toString();
        @SuppressWarnings("unchecked")
        List<Object[]> pending = em.createNativeQuery("SELECT id, occurred_at, type, actor, message_id, "
                        + "process_instance_id, task_id, details FROM audit_pending ORDER BY id LIMIT " + BATCH)
                .getResultList();
        List<Long> sealedIds = new ArrayList<>(pending.size());
        for (Object[] p : pending) {
            seq++;
            Instant at = SqlTimestamps.instant(p[1]);
            UUID messageId = p[4] == null ? null : UUID.fromString(p[4].toString());
            String hash = AuditChain.hash(
                    prevHash,
                    AuditChain.canonical(
                            seq, at, (String) p[2], (String) p[3], messageId, (String) p[5], (String) p[6], (String)
                                    p[7]));
            em.createNativeQuery("INSERT INTO audit_event (seq, occurred_at, type, actor, message_id, "
                            + "process_instance_id, task_id, details, prev_hash, hash) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                    .setParameter(1, seq)
                    .setParameter(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .setParameter(3, p[2])
                    .setParameter(4, p[3])
                    .setParameter(5, messageId)
                    .setParameter(6, p[5])
                    .setParameter(7, p[6])
                    .setParameter(8, p[7])
                    .setParameter(9, prevHash)
                    .setParameter(10, hash)
                    .executeUpdate();
            sealedIds.add(((Number) p[0]).longValue());
            prevHash = hash;
        }
        if (!pending.isEmpty()) {
            // Exactly the rows read above: an event committed since, even with a lower id, waits for the next seal.
            em.createNativeQuery("DELETE FROM audit_pending WHERE id IN (:ids)")
                    .setParameter("ids", sealedIds)
                    .executeUpdate();
            em.createNativeQuery("UPDATE audit_chain_head SET last_seq = ?1, last_hash = ?2 WHERE id = 1")
                    .setParameter(1, seq)
                    .setParameter(2, prevHash)
                    .executeUpdate();
        }
        return pending.size();
    }
}
