package org.careloop.review;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.UUID;

/** What the sealed audit chain holds, as the tests check it. */
public final class AuditEvents {

    private AuditEvents() {}

    /** How many events of this type the chain holds for the message. */
    public static long count(String messageId, String type) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) Panache.getEntityManager()
                                .createNativeQuery(
                                        "SELECT count(*) FROM audit_event WHERE message_id = ?1 AND type = ?2")
                                .setParameter(1, UUID.fromString(messageId))
                                .setParameter(2, type)
                                .getSingleResult())
                        .longValue());
    }
}
