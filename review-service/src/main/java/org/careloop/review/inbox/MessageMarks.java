package org.careloop.review.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an inbox row shows of its message besides the task: the screening's highest severity and red-flag categories
 * and the draft check's risk level, for a page of messages in one query. Reading the screening and check entities
 * instead parsed every one's de-identified text, entities, placeholders and findings for a list that shows none of
 * them, and had Hibernate compare them all again at the transaction's end.
 */
@ApplicationScoped
public class MessageMarks {

    /** severity and risk: null when the message has no screening or check yet; categories in the screening's order. */
    public record Marks(String severity, List<String> categories, String risk) {}

    @Inject
    EntityManager em;

    public Map<UUID, Marks> of(Collection<UUID> messages) {
        Map<UUID, Marks> marks = new HashMap<>();
        if (messages.isEmpty()) {
            return marks;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT m.id, s.highest_severity,"
                        + " ARRAY(SELECT f ->> 'category' FROM jsonb_array_elements(s.red_flags) f), c.risk_level"
                        + " FROM unnest(CAST(:messages AS uuid[])) m(id)"
                        + " LEFT JOIN message_screening s ON s.message_id = m.id"
                        + " LEFT JOIN draft_check c ON c.message_id = m.id")
                .setParameter("messages", messages.toArray(UUID[]::new))
                .getResultList();
        for (Object[] row : rows) {
            String[] categories = (String[]) row[2];
            marks.put(
                    (UUID) row[0],
                    new Marks((String) row[1], categories == null ? List.of() : Arrays.asList(categories), (String)
                            row[3]));
        }
        return marks;
    }
}
