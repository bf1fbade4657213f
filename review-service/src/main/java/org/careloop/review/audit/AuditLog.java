package org.careloop.review.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Appends to the hash-chained audit trail. An event is written inside the caller's transaction, so it commits or
 * rolls back with what it records, and {@link AuditSealer} links it into the chain right after the commit.
 */
@ApplicationScoped
public class AuditLog {

    public static final String SYSTEM = "system";

    private static final ObjectMapper CANONICAL_JSON =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    @Inject
    EntityManager em;

    @Inject
    AuditSealer sealer;

    @Inject
    Event<AuditSealer.Written> written;

    @Transactional(Transactional.TxType.REQUIRED)
    public void append(
            AuditType type,
            String actor,
            UUID messageId,
            String processInstanceId,
            String taskId,
            Map<String, ?> details) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        em.createNativeQuery("INSERT INTO audit_pending (occurred_at, type, actor, message_id, process_instance_id, "
                        + "task_id, details) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .setParameter(2, type.name())
                .setParameter(3, actor == null ? "" : actor)
                .setParameter(4, messageId)
                .setParameter(5, processInstanceId)
                .setParameter(6, taskId)
                .setParameter(7, json(details))
                .executeUpdate();
        written.fire(new AuditSealer.Written());
    }

    /** Seals what is pending, then checks every row of the chain, a page at a time. */
    public AuditChain.Verification verify() {
        sealer.sealPending();
        return QuarkusTransaction.requiringNew().call(this::verifySealed);
    }

    private AuditChain.Verification verifySealed() {
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .getSingleResult();
        // Rows appended after the head was read are left for the next check; they committed with a later head.
        long headSeq = ((Number) head[0]).longValue();
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT seq, occurred_at, type, actor, message_id, "
                            + "process_instance_id, task_id, details, prev_hash, hash FROM audit_event WHERE seq > ?1 "
                            + "AND seq <= ?2 ORDER BY seq LIMIT 1000")
                    .setParameter(1, after)
                    .setParameter(2, headSeq)
                    .getResultList();
            if (rows.isEmpty()) {
                break;
            }
            for (Object[] r : rows) {
                AuditChain.Row row = new AuditChain.Row(
                        ((Number) r[0]).longValue(),
                        AuditSealer.instant(r[1]),
                        (String) r[2],
                        (String) r[3],
                        r[4] == null ? null : UUID.fromString(r[4].toString()),
                        (String) r[5],
                        (String) r[6],
                        (String) r[7],
                        r[8].toString(),
                        r[9].toString());
                if (!verifier.accept(row)) {
                    return verifier.result(0, "");
                }
                after = row.seq();
            }
        }
        return verifier.result(headSeq, head[1].toString());
    }

    private static String json(Map<String, ?> details) {
        try {
            return CANONICAL_JSON.writeValueAsString(details == null ? Map.of() : new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details must be plain values", e);
        }
    }
}
