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
import java.util.function.Consumer;

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
    AuditChainReader reader;

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
        return verify(row -> {});
    }

    /** As {@link #verify()}, handing every row that fits the chain to {@code intact} on the way. */
    public AuditChain.Verification verify(Consumer<AuditChain.Row> intact) {
        sealer.sealPending();
        return QuarkusTransaction.requiringNew().call(() -> verifySealed(intact));
    }

    /**
     * The chained events about one message, at most {@code limit}, in the order they were sealed; what is pending is
     * sealed first, so an event committed before the call is among them.
     */
    public List<AuditChain.Row> eventsOf(UUID messageId, int limit) {
        sealer.sealPending();
        return QuarkusTransaction.requiringNew().call(() -> reader.ofMessage(messageId, limit));
    }

    private AuditChain.Verification verifySealed(Consumer<AuditChain.Row> intact) {
        // Rows appended after the head was read are left for the next check; they committed with a later head.
        AuditChainReader.Head head = reader.head();
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        reader.rows(0, head.seq(), row -> {
            if (!verifier.accept(row)) {
                return false;
            }
            intact.accept(row);
            return true;
        });
        return verifier.result(head.seq(), head.hash());
    }

    private static String json(Map<String, ?> details) {
        try {
            return CANONICAL_JSON.writeValueAsString(details == null ? Map.of() : new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details must be plain values", e);
        }
    }
}
