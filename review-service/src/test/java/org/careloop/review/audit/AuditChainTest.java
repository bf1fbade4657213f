package org.careloop.review.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditChain.Row> chain(int n) {
        List<AuditChain.Row> rows = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        UUID message = UUID.randomUUID();
        for (int i = 1; i <= n; i++) {
            Instant at = Instant.parse("2026-11-27T10:00:00.123456Z").plusSeconds(i);
            String details = "{\"n\":" + i + "}";
            String hash = AuditChain.hash(
                    prev, AuditChain.canonical(i, at, "DECISION_MADE", "carter", message, "pi", "t" + i, details));
            rows.add(new AuditChain.Row(i, at, "DECISION_MADE", "carter", message, "pi", "t" + i, details, prev, hash));
            prev = hash;
        }
        return rows;
    }

    private static AuditChain.Verification verify(List<AuditChain.Row> rows) {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        for (AuditChain.Row row : rows) {
            if (!verifier.accept(row)) {
                break;
            }
        }
        AuditChain.Row last = rows.get(rows.size() - 1);
        return verifier.result(last.seq(), last.hash());
    }

    @Test
    void shouldAcceptAnIntactChain() {
        assertThat(verify(chain(5))).isEqualTo(new AuditChain.Verification(true, 5, null, null));
    }

    @Test
    void shouldFindARowWhoseContentWasChanged() {
        List<AuditChain.Row> rows = chain(5);
        AuditChain.Row r = rows.get(2);
        rows.set(
                2,
                new AuditChain.Row(
                        r.seq(),
                        r.occurredAt(),
                        r.type(),
                        "mallory",
                        r.messageId(),
                        r.processInstanceId(),
                        r.taskId(),
                        r.details(),
                        r.prevHash(),
                        r.hash()));

        AuditChain.Verification result = verify(rows);
        assertThat(result.valid()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(3);
    }

    @Test
    void shouldFindARowThatWasRehashedWithoutItsSuccessor() {
        List<AuditChain.Row> rows = chain(5);
        AuditChain.Row r = rows.get(1);
        String forged = AuditChain.hash(
                r.prevHash(),
                AuditChain.canonical(
                        r.seq(),
                        r.occurredAt(),
                        r.type(),
                        "mallory",
                        r.messageId(),
                        r.processInstanceId(),
                        r.taskId(),
                        r.details()));
        rows.set(
                1,
                new AuditChain.Row(
                        r.seq(),
                        r.occurredAt(),
                        r.type(),
                        "mallory",
                        r.messageId(),
                        r.processInstanceId(),
                        r.taskId(),
                        r.details(),
                        r.prevHash(),
                        forged));

        AuditChain.Verification result = verify(rows);
        assertThat(result.valid()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(3);
    }

    @Test
    void shouldFindADeletedRow() {
        List<AuditChain.Row> rows = chain(5);
        rows.remove(3);

        AuditChain.Verification result = verify(rows);
        assertThat(result.valid()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(5);
    }

    @Test
    void shouldFindRowsCutOffTheEnd() {
        List<AuditChain.Row> rows = chain(5);
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        rows.subList(0, 4).forEach(verifier::accept);

        assertThat(verifier.result(5, rows.get(4).hash()).valid()).isFalse();
    }
}
