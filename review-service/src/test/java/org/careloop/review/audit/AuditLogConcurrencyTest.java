package org.careloop.review.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.careloop.review.CareloopTestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Transactions lock their own rows and write audit events in either order, as delegates and resources do.
 * Appending must never take a lock that such a transaction could be waiting on (a deadlock aborted one of them
 * when appends locked the chain head), and every committed event must end up in a valid chain.
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class AuditLogConcurrencyTest {

    private static final int PAIRS = 4;

    private static final List<String> SEALING_NODES = List.of("node-a", "node-b", "node-c");
    private static final int NODES = SEALING_NODES.size();
    private static final int ROUNDS = 10;
    private static final int EVENTS_PER_ROUND = 5;

    @Inject
    AuditLog audit;

    @Inject
    AuditSealer sealer;

    @Inject
    EntityManager em;

    @Test
    void shouldNeverDeadlockWithTransactionsThatLockTheirOwnRowsAndShouldChainEveryEvent() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("CREATE TABLE IF NOT EXISTS audit_test_row (id INT PRIMARY KEY)")
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO audit_test_row (id) VALUES (1) ON CONFLICT DO NOTHING")
                    .executeUpdate();
        });
        long before = ownEvents();

        ExecutorService pool = Executors.newFixedThreadPool(PAIRS * 2);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            work.add(pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                lockTheRow();
                pause();
                audit.append(AuditType.TASK_CLAIMED, "row-then-audit", null, null, null, Map.of());
            })));
            work.add(pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                audit.append(AuditType.TASK_CLAIMED, "audit-then-row", null, null, null, Map.of());
                pause();
                lockTheRow();
            })));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<?> f : work) {
            f.get(); // rethrows a deadlock or any other failure
        }

        AuditChain.Verification chain = audit.verify();
        assertThat(chain.valid()).isTrue();
        assertThat(ownEvents()).isEqualTo(before + PAIRS * 2L);
    }

    /**
     * Two review-service nodes (or more) append and seal the one chain at once. Each "node" here is a thread that
     * writes events in transactions of its own and then seals in yet another, as a node's sealing thread does: every
     * seal is a transaction on a connection of its own, so the database sees what it sees from two JVMs, this JVM's
     * own sealing thread joining in. Every event must be chained exactly once, in one unbroken chain.
     */
    @Test
    void shouldChainEveryEventExactlyOnceWhileSeveralNodesSealAtOnce() throws Exception {
        long before = eventsOf(SEALING_NODES);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(NODES);
        List<Future<?>> work = new ArrayList<>();
        for (int node = 0; node < NODES; node++) {
            String actor = SEALING_NODES.get(node);
            work.add(nodes.submit(() -> {
                start.await();
                for (int round = 0; round < ROUNDS; round++) {
                    for (int i = 0; i < EVENTS_PER_ROUND; i++) {
                        QuarkusTransaction.requiringNew()
                                .run(() -> audit.append(AuditType.TASK_VIEWED, actor, null, null, null, Map.of()));
                    }
                    sealer.sealPending();
                }
                return null;
            }));
        }
        start.countDown();
        nodes.shutdown();
        assertThat(nodes.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<?> f : work) {
            f.get();
        }

        AuditChain.Verification chain = audit.verify();
        assertThat(chain.valid()).as("the chain: %s", chain).isTrue();
        assertThat(eventsOf(SEALING_NODES)).isEqualTo(before + (long) NODES * ROUNDS * EVENTS_PER_ROUND);
        assertThat(count("audit_pending", SEALING_NODES))
                .as("events left unsealed")
                .isZero();
    }

    /** Only this test's events: jobs of processes that other test classes started may still be appending theirs. */
    private long ownEvents() {
        return eventsOf(List.of("row-then-audit", "audit-then-row"));
    }

    private long eventsOf(List<String> actors) {
        return count("audit_event", actors);
    }

    private long count(String table, List<String> actors) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE actor IN (?1)")
                                .setParameter(1, actors)
                                .getSingleResult())
                        .longValue());
    }

    private void lockTheRow() {
        em.createNativeQuery("SELECT id FROM audit_test_row WHERE id = 1 FOR UPDATE")
                .getResultList();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
