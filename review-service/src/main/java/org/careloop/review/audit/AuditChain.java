package org.careloop.review.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.careloop.review.support.Sha256;

/**
 * The hash chain of the audit trail: each row's hash is SHA-256(previous hash + "\n" + canonical content),
 * the first row's previous hash is 64 zeros. Pure functions, so the rules can be tested without a database.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** One stored row of audit_event. */
    public record Row(
            long seq,
            Instant occurredAt,
            String type,
            String actor,
            UUID messageId,
            String processInstanceId,
            String taskId,
            String details,
            String prevHash,
            String hash) {}

    /** The outcome of checking the chain: valid, or the first row that does not fit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Verification(boolean valid, long events, Long brokenAt, String reason) {

        static Verification ok(long events) {
            return new Verification(true, events, null, null);
        }

        static Verification broken(long events, long seq, String reason) {
            return new Verification(false, events, seq, reason);
        }
    }

    public static String canonical(
            long seq,
            Instant occurredAt,
            String type,
            String actor,
            UUID messageId,
            String processInstanceId,
            String taskId,
            String details) {
        return String.join(
                "|",
                Long.toString(seq),
                DateTimeFormatter.ISO_INSTANT.format(occurredAt),
                type,
                nullToEmpty(actor),
                messageId == null ? "" : messageId.toString(),
                nullToEmpty(processInstanceId),
                nullToEmpty(taskId),
                nullToEmpty(details));
    }

    public static String hash(String prevHash, String canonical) {
        return Sha256.hex(prevHash + "\n" + canonical);
    }

    public static String hashOf(Row row) {
        return hash(
                row.prevHash(),
                canonical(
                        row.seq(),
                        row.occurredAt(),
                        row.type(),
                        row.actor(),
                        row.messageId(),
                        row.processInstanceId(),
                        row.taskId(),
                        row.details()));
    }

    /** Walks rows in sequence order; needs the hash and sequence of the row before the first one. */
    public static final class Verifier {
        private long lastSeq;
        private String lastHash;
        private long events;
        private Verification broken;

        public Verifier() {
            this(0, GENESIS);
        }

        public Verifier(long lastSeq, String lastHash) {
            this.lastSeq = lastSeq;
            this.lastHash = lastHash;
        }

        /** Returns false once a broken row has been seen. */
        public boolean accept(Row row) {
            if (broken != null) {
                return false;
            }
            events++;
            if (row.seq() != lastSeq + 1) {
                broken = Verification.broken(events, row.seq(), "sequence gap after " + lastSeq);
            } else if (!lastHash.equals(row.prevHash())) {
                broken = Verification.broken(events, row.seq(), "previous hash does not match the row before");
            } else if (!hashOf(row).equals(row.hash())) {
                broken = Verification.broken(events, row.seq(), "content does not match its hash");
            } else {
                lastSeq = row.seq();
                lastHash = row.hash();
                return true;
            }
            return false;
        }

        /** The result, given the chain head's recorded last sequence number and hash. */
        public Verification result(long headSeq, String headHash) {
            if (broken != null) {
                return broken;
            }
            if (headSeq != lastSeq || !headHash.equals(lastHash)) {
                return Verification.broken(events, lastSeq + 1, "rows missing at the end of the chain");
            }
            return Verification.ok(events);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
