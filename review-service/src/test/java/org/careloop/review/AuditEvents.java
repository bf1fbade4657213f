package org.careloop.review;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.UUID;
import org.careloop.review.audit.AuditSealer;

/** What the sealed audit chain holds, as the tests check it. */
public final class AuditEvents {

    private AuditEvents() {}

    /** How many events of this type the chain holds for the message, once what is pending is sealed. */
    public static long count(String messageId, String type) {
        Arc.container().instance(AuditSealer.class).get().sealPending();
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
