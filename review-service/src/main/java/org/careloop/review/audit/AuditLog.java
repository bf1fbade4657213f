package org.careloop.review.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Appends to the hash-chained audit trail. Appends are serialised by locking the single chain-head row,
 * inside the caller's transaction: the event commits or rolls back with what it records.
 */
@ApplicationScoped
public class AuditLog {

  public static final String SYSTEM = "system";

  private static final ObjectMapper CANONICAL_JSON = new ObjectMapper()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  @Inject
  EntityManager em;

  @Transactional(Transactional.TxType.REQUIRED)
  public void append(AuditType type, String actor, UUID messageId, String processInstanceId, String taskId,
      Map<String, ?> details) {
    Object[] head = (Object[]) em.createNativeQuery(
        "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE").getSingleResult();
    long seq = ((Number) head[0]).longValue() + 1;
    String prevHash = head[1].toString();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    String json = json(details);
    String hash = AuditChain.hash(prevHash,
        AuditChain.canonical(seq, now, type.name(), actor, messageId, processInstanceId, taskId, json));

    em.createNativeQuery("INSERT INTO audit_event (seq, occurred_at, type, actor, message_id, "
            + "process_instance_id, task_id, details, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .setParameter(1, seq)
        .setParameter(2, OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
        .setParameter(3, type.name())
        .setParameter(4, actor == null ? "" : actor)
        .setParameter(5, messageId)
        .setParameter(6, processInstanceId)
        .setParameter(7, taskId)
        .setParameter(8, json)
        .setParameter(9, prevHash)
        .setParameter(10, hash)
        .executeUpdate();
    em.createNativeQuery("UPDATE audit_chain_head SET last_seq = ?1, last_hash = ?2 WHERE id = 1")
        .setParameter(1, seq)
        .setParameter(2, hash)
        .executeUpdate();
  }

  /** Checks every row of the chain, a page at a time. */
  @Transactional
  public AuditChain.Verification verify() {
    Object[] head = (Object[]) em.createNativeQuery(
        "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1").getSingleResult();
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
        AuditChain.Row row = new AuditChain.Row(((Number) r[0]).longValue(), instant(r[1]), (String) r[2],
            (String) r[3], r[4] == null ? null : UUID.fromString(r[4].toString()), (String) r[5], (String) r[6],
            (String) r[7], r[8].toString(), r[9].toString());
        if (!verifier.accept(row)) {
          return verifier.result(0, "");
        }
        after = row.seq();
      }
    }
    return verifier.result(headSeq, head[1].toString());
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.ZonedDateTime z) {
      return z.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }

  private static String json(Map<String, ?> details) {
    try {
      return CANONICAL_JSON.writeValueAsString(details == null ? Map.of() : new TreeMap<>(details));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit details must be plain values", e);
    }
  }
}
