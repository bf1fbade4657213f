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

    @Inject
    AuditLog audit;

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

    /** Only this test's events: jobs of processes that other test classes started may still be appending theirs. */
    private long ownEvents() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM audit_event WHERE actor IN "
                                        + "('row-then-audit', 'audit-then-row')")
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
