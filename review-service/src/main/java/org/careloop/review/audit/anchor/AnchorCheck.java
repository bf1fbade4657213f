package org.careloop.review.audit.anchor;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.careloop.review.audit.AuditChain;

/**
 * Checks the anchor file and holds the database's chain to it: every line must be a signed anchor linked to the line
 * before; every anchored (sequence, hash) must still be in the chain; the chain must reach the latest anchor. Fed the
 * chain's intact rows one by one, so it needs no database and no second pass.
 */
public final class AnchorCheck {

    static final int SHOWN = 20;

    /** What the anchors say about the chain. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
            boolean valid,
            int lines,
            int verified,
            Latest latest,
            String note,
            List<Failure> failures,
            Integer moreFailures) {}

    /** The last line whose signature holds. */
    public record Latest(int line, long seq, String hash, String anchoredAt) {}

    /** One thing that does not fit, on a line of the anchor file and/or at a sequence number of the chain. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Failure(Integer line, Long seq, String reason) {}

    private record Vouched(int line, String hash) {}

    private final List<Failure> failures = new ArrayList<>();
    private final Map<Long, List<Vouched>> vouched = new HashMap<>();
    private final TreeSet<Long> matched = new TreeSet<>();
    private final List<long[]> rewritten = new ArrayList<>(); // {seq, line}
    private final int lines;
    private int verified;
    private Latest latest;
    private long lastSeen;

    public AnchorCheck(List<AnchorFile.Line> file, AnchorSigner signer) {
        this.lines = file.size();
        String previous = Anchor.NONE;
        long highest = 0;
        for (AnchorFile.Line line : file) {
            if (line.anchor().isEmpty()) {
                failures.add(new Failure(line.number(), null, "not an anchor record"));
                previous = null; // the next line's link cannot be checked
                continue;
            }
            Anchor a = line.anchor().get();
            if (!signer.verifies(a)) {
                failures.add(new Failure(line.number(), a.seq(), unsigned(a, signer)));
            } else {
                if (previous != null && !previous.equals(a.prevAnchorHash())) {
                    failures.add(new Failure(
                            line.number(),
                            a.seq(),
                            "does not link to the line before it: an anchor was removed, inserted or altered"));
                }
                if (a.seq() < highest) {
                    failures.add(new Failure(
                            line.number(),
                            a.seq(),
                            "anchors sequence " + a.seq() + " after an anchor of " + highest
                                    + ": the chain was shorter when this was signed than before"));
                }
                highest = Math.max(highest, a.seq());
                verified++;
                latest = new Latest(line.number(), a.seq(), a.hash(), a.anchoredAt());
                vouched.computeIfAbsent(a.seq(), s -> new ArrayList<>()).add(new Vouched(line.number(), a.hash()));
            }
            previous = a.anchorHash();
        }
    }

    private static String unsigned(Anchor a, AnchorSigner signer) {
        if (a.keyId() != null && !a.keyId().equals(signer.keyId())) {
            return "signed with another key (" + a.keyId() + "), not the configured one (" + signer.keyId() + ")";
        }
        return "the signature does not verify with the configured public key: forged or altered";
    }

    /** A row of the chain that fits the rows before it, in sequence order. */
    public void accept(AuditChain.Row row) {
        lastSeen = row.seq();
        for (Vouched v : vouched.getOrDefault(row.seq(), List.of())) {
            if (v.hash().equals(row.hash())) {
                matched.add(row.seq());
            } else {
                rewritten.add(new long[] {row.seq(), v.line()});
            }
        }
    }

    /** After the walk: the chain's own verdict decides whether a short chain is a cut or a broken row. */
    public Result result(AuditChain.Verification chain) {
        List<Failure> all = new ArrayList<>(failures);
        for (long[] r : rewritten) {
            Long before = matched.lower(r[0]);
            all.add(new Failure(
                    (int) r[1],
                    r[0],
                    "row " + r[0] + " no longer has the hash anchored on this line: a row from "
                            + (before == null ? 1 : before + 1) + " to " + r[0]
                            + " was rewritten and the chain rehashed"));
        }
        if (chain.valid() && latestVouched() > lastSeen) {
            long seq = latestVouched();
            all.add(new Failure(
                    vouched.get(seq).get(0).line(),
                    lastSeen + 1,
                    "the chain ends at " + lastSeen + " but this line anchors " + seq
                            + ": rows were deleted from its end (or all of it)"));
        }
        all.sort(Comparator.comparing(Failure::seq, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Failure::line, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Failure> shown = all.size() > SHOWN ? all.subList(0, SHOWN) : all;
        return new Result(
                all.isEmpty(),
                lines,
                verified,
                latest,
                verified == 0 ? "no signed anchor yet: nothing outside the database vouches for this chain" : null,
                List.copyOf(shown),
                all.size() > SHOWN ? all.size() - SHOWN : null);
    }

    private long latestVouched() {
        return vouched.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
