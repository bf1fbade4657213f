package org.careloop.review.inbox;

import java.util.Locale;

/**
 * One page of a clinician's inbox: filters, order and which page. severity: the screening's highest red-flag
 * severity; risk: the draft check's level; assigned: {@code me}, {@code nobody} or null for anyone.
 */
public record InboxQuery(
        String severity, String risk, String assigned, boolean overdueOnly, Order order, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** The orders a clinician can choose; each ends on the task id so that pages never overlap. */
    public enum Order {
        PRIORITY("priority", "t.PRIORITY_ DESC, t.DUE_DATE_ ASC NULLS LAST, t.CREATE_TIME_ ASC, t.ID_ ASC"),
        DUE("due", "t.DUE_DATE_ ASC NULLS LAST, t.PRIORITY_ DESC, t.ID_ ASC"),
        CREATED("created", "t.CREATE_TIME_ ASC, t.ID_ ASC"),
        CREATED_DESC("created-desc", "t.CREATE_TIME_ DESC, t.ID_ DESC");

        private final String param;
        final String sql;

        Order(String param, String sql) {
            this.param = param;
            this.sql = sql;
        }

        public String param() {
            return param;
        }

        /** The order named by a request parameter; priority when absent or unknown. */
        public static Order of(String param) {
            for (Order o : values()) {
                if (o.param.equals(param)) {
                    return o;
                }
            }
            return PRIORITY;
        }
    }

    public InboxQuery {
        severity = upper(severity);
        risk = upper(risk);
        assigned = "me".equals(assigned) || "nobody".equals(assigned) ? assigned : null;
        order = order == null ? Order.PRIORITY : order;
        page = Math.max(1, page);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    int offset() {
        return (page - 1) * size;
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
