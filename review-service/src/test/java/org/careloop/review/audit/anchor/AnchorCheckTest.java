package org.careloop.review.audit.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careloop.review.audit.AuditChain;
import org.junit.jupiter.api.Test;

/** The anchors held to a chain, without a database: what each kind of tampering looks like in the result. */
class AnchorCheckTest {

    private final AnchorSigner signer = AnchorSigner.of(AnchorSigner.generateEd25519());

    private static List<AuditChain.Row> chain(int n, String actor) {
        List<AuditChain.Row> rows = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            Instant at = Instant.parse("2026-11-30T10:00:00Z").plusSeconds(i);
            String hash = AuditChain.hash(
                    prev, AuditChain.canonical(i, at, "TASK_VIEWED", actor(i, actor), null, null, null, "{}"));
            rows.add(new AuditChain.Row(i, at, "TASK_VIEWED", actor(i, actor), null, null, null, "{}", prev, hash));
            prev = hash;
        }
        return rows;
    }

    /** Row 4 by {@code actor}, every other row by carter. */
    private static String actor(int seq, String actor) {
        return seq == 4 ? actor : "carter";
    }

    /** Anchors of the chain at these sequence numbers, linked, as the file's lines. */
    private List<AnchorFile.Line> anchors(List<AuditChain.Row> rows, long... seqs) {
        List<AnchorFile.Line> lines = new ArrayList<>();
        String prev = Anchor.NONE;
        for (long seq : seqs) {
            String hash =
                    seq == 0 ? AuditChain.GENESIS : rows.get((int) seq - 1).hash();
            Anchor a = AnchorSignerTest.signed(signer, seq, hash, prev);
            lines.add(new AnchorFile.Line(lines.size() + 1, Optional.of(a)));
            prev = a.anchorHash();
        }
        return lines;
    }

    private AuditCheck check(List<AnchorFile.Line> lines, List<AuditChain.Row> rows) {
        AnchorCheck check = new AnchorCheck(lines, signer);
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        for (AuditChain.Row row : rows) {
            if (!verifier.accept(row)) {
                break;
            }
            check.accept(row);
        }
        long head = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).seq();
        String headHash =
                rows.isEmpty() ? AuditChain.GENESIS : rows.get(rows.size() - 1).hash();
        AuditChain.Verification chain = verifier.result(head, headHash);
        return AuditCheck.of(chain, check.result(chain));
    }

    @Test
    void shouldAcceptAChainThatFitsEveryAnchor() {
        List<AuditChain.Row> rows = chain(10, "carter");

        AuditCheck result = check(anchors(rows, 0, 3, 6, 10), rows);

        assertThat(result.valid()).isTrue();
        assertThat(result.anchors().verified()).isEqualTo(4);
        assertThat(result.anchors().latest().seq()).isEqualTo(10);
        assertThat(result.anchors().failures()).isEmpty();
    }

    @Test
    void shouldAcceptRowsAddedAfterTheLatestAnchor() {
        List<AuditChain.Row> rows = chain(10, "carter");

        assertThat(check(anchors(rows, 3, 6), rows).valid()).isTrue();
    }

    @Test
    void shouldSayThatNothingVouchesForAChainWithoutAnchors() {
        AuditCheck result = check(List.of(), chain(3, "carter"));

        assertThat(result.valid()).isTrue();
        assertThat(result.anchors().note()).contains("nothing outside the database vouches");
    }

    @Test
    void shouldFindAChainRewrittenAndRehashedBetweenTwoAnchors() {
        List<AnchorFile.Line> lines = anchors(chain(10, "carter"), 3, 6, 10);
        List<AuditChain.Row> rewritten = chain(10, "mallory"); // row 4 changed, every hash after it recomputed

        AuditCheck result = check(lines, rewritten);

        assertThat(result.chain().valid()).isTrue(); // the chain alone cannot tell
        assertThat(result.valid()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(6);
        assertThat(result.reason()).contains("line 2", "a row from 4 to 6 was rewritten");
        assertThat(result.anchors().failures()).hasSize(2);
    }

    @Test
    void shouldFindRowsCutOffBelowTheLatestAnchor() {
        List<AuditChain.Row> rows = chain(10, "carter");
        List<AnchorFile.Line> lines = anchors(rows, 3, 8);

        AuditCheck result = check(lines, rows.subList(0, 5));

        assertThat(result.chain().valid()).isTrue();
        assertThat(result.valid()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(6);
        assertThat(result.reason()).contains("ends at 5", "anchors 8");
    }

    @Test
    void shouldFindAnEmptiedChain() {
        List<AnchorFile.Line> lines = anchors(chain(10, "carter"), 10);

        AuditCheck result = check(lines, List.of());

        assertThat(result.valid()).isFalse();
        assertThat(result.events()).isZero();
        assertThat(result.brokenAt()).isEqualTo(1);
        assertThat(result.reason()).contains("ends at 0");
    }

    @Test
    void shouldFindAnAnchorLineWithAForgedSignatureAndNotTrustIt() {
        List<AuditChain.Row> rows = chain(10, "carter");
        List<AnchorFile.Line> lines = new ArrayList<>(anchors(rows, 3, 6));
        Anchor real = lines.get(1).anchor().orElseThrow();
        // Claims a longer chain than there is: if trusted, it would also report a cut.
        Anchor forged = new Anchor(
                real.version(),
                40,
                "f".repeat(64),
                real.anchoredAt(),
                real.anchorHash(),
                real.keyId(),
                real.algorithm(),
                real.signature());
        lines.add(new AnchorFile.Line(3, Optional.of(forged)));

        AuditCheck result = check(lines, rows);

        assertThat(result.valid()).isFalse();
        assertThat(result.anchors().verified()).isEqualTo(2);
        assertThat(result.anchors().failures()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.reason()).contains("signature does not verify");
        });
    }

    @Test
    void shouldFindAnAnchorRemovedFromTheMiddleOfTheFile() {
        List<AuditChain.Row> rows = chain(10, "carter");
        List<AnchorFile.Line> lines = new ArrayList<>(anchors(rows, 3, 6, 9));
        lines.remove(1);

        AuditCheck result = check(lines, rows);

        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).contains("does not link to the line before it");
    }

    @Test
    void shouldFindALineThatIsNotAnAnchor() {
        List<AuditChain.Row> rows = chain(4, "carter");
        List<AnchorFile.Line> lines = new ArrayList<>(anchors(rows, 2));
        lines.add(new AnchorFile.Line(2, Optional.empty()));

        AuditCheck result = check(lines, rows);

        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo("anchor file line 2: not an anchor record");
    }

    @Test
    void shouldReportTheChainsOwnBreakFirst() {
        List<AuditChain.Row> rows = new ArrayList<>(chain(10, "carter"));
        AuditChain.Row r = rows.get(4);
        rows.set(
                4,
                new AuditChain.Row(
                        r.seq(),
                        r.occurredAt(),
                        r.type(),
                        "mallory",
                        null,
                        null,
                        null,
                        r.details(),
                        r.prevHash(),
                        r.hash()));

        AuditCheck result = check(anchors(chain(10, "carter"), 3, 10), rows);

        assertThat(result.valid()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(5);
        assertThat(result.reason()).isEqualTo("content does not match its hash");
    }
}
