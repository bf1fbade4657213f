package org.careloop.review.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.careloop.review.support.SqlTimestamps;

/** Reads the sealed chain: its head and its rows, a page at a time. Call inside a transaction. */
@ApplicationScoped
public class AuditChainReader {

    private static final int PAGE = 1000;
    private static final String COLUMNS =
            "seq, occurred_at, type, actor, message_id, process_instance_id, task_id, details, prev_hash, hash";

    /** The chain's head as recorded: last sequence number and hash (0 and 64 zeros when empty). */
    public record Head(long seq, String hash) {}

    @Inject
    EntityManager em;

    public Head head() {
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .getSingleResult();
        return new Head(((Number) head[0]).longValue(), head[1].toString());
    }

    public Optional<AuditChain.Row> row(long seq) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM audit_event WHERE seq = ?1")
                .setParameter(1, seq)
                .getResultList();
        return rows.stream().findFirst().map(AuditChainReader::row);
    }

    /** The first {@code limit} sealed rows about one message, in sequence order. */
    public List<AuditChain.Row> ofMessage(UUID messageId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT " + COLUMNS + " FROM audit_event WHERE message_id = ?1 ORDER BY seq LIMIT ?2")
                .setParameter(1, messageId)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(AuditChainReader::row).toList();
    }

    /** Rows with after < seq <= upTo in order, until {@code visitor} returns false. */
    public void rows(long after, long upTo, Predicate<AuditChain.Row> visitor) {
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS
                            + " FROM audit_event WHERE seq > ?1 AND seq <= ?2 ORDER BY seq LIMIT " + PAGE)
                    .setParameter(1, after)
                    .setParameter(2, upTo)
                    .getResultList();
            if (rows.isEmpty()) {
                return;
            }
            for (Object[] r : rows) {
                AuditChain.Row row = row(r);
                if (!visitor.test(row)) {
                    return;
                }
                after = row.seq();
            }
        }
    }

    private static AuditChain.Row row(Object[] r) {
        return new AuditChain.Row(
                ((Number) r[0]).longValue(),
                SqlTimestamps.instant(r[1]),
                (String) r[2],
                (String) r[3],
                r[4] == null ? null : UUID.fromString(r[4].toString()),
                (String) r[5],
                (String) r[6],
                (String) r[7],
                r[8].toString(),
                r[9].toString());
    }
}
