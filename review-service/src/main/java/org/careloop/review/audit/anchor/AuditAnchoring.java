package org.careloop.review.audit.anchor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.careloop.review.audit.AuditChain;
import org.careloop.review.audit.AuditChainReader;
import org.careloop.review.audit.AuditSealer;
import org.jboss.logging.Logger;

/**
 * Signs the chain's head and appends it to the anchor file: every {@code careloop.audit.anchor.interval} when the
 * head has moved, and on demand. It signs only a chain that extends the last anchor, so that a chain rewritten in the
 * database is never vouched for afterwards.
 */
@ApplicationScoped
public class AuditAnchoring {

    private static final Logger LOG = Logger.getLogger(AuditAnchoring.class);
    private static final Duration FIRST_AFTER_AT_MOST = Duration.ofSeconds(30);

    @Inject
    AnchorConfig config;

    @Inject
    AnchorKeys keys;

    @Inject
    AnchorFile file;

    @Inject
    AuditSealer sealer;

    @Inject
    AuditChainReader reader;

    private ScheduledExecutorService timer;

    void onStart(@Observes StartupEvent start) {
        AnchorSigner signer = keys.signer(); // no key, no start (see AnchorKeys)
        LOG.infof("audit anchors are appended to %s (key %s)", file.path().toAbsolutePath(), signer.keyId());
        Duration interval = config.interval();
        if (interval.isZero() || interval.isNegative()) {
            LOG.warn("careloop.audit.anchor.interval is off: the audit chain is anchored only on demand "
                    + "(POST /api/admin/audit/anchors)");
            return;
        }
        Duration first = interval.compareTo(FIRST_AFTER_AT_MOST) < 0 ? interval : FIRST_AFTER_AT_MOST;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-anchor");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::scheduled, first.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** The timer's run; it must not throw, or the executor would never run it again. */
    void scheduled() {
        try {
            anchorIfMoved();
        } catch (AnchorRefusedException e) {
            LOG.errorf(
                    "AUDIT CHAIN NOT ANCHORED at sequence %d: %s. Check GET /api/admin/audit/verify.",
                    e.seq(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "audit chain not anchored this time; the next run tries again");
        }
    }

    /** Anchors the head if it moved since the last anchor; empty when it did not. */
    public Optional<Anchor> anchorIfMoved() {
        return Optional.ofNullable(anchor(false));
    }

    /** Anchors the head, moved or not (an anchor also says that the chain was still whole at that time). */
    public Anchor anchorNow() {
        return anchor(true);
    }

    private Anchor anchor(boolean always) {
        sealer.sealPending();
        AnchorSigner signer = keys.signer();
        Anchor anchor = file.append(last -> {
            Optional<Anchor> previous = previous(last, signer);
            AuditChainReader.Head head = QuarkusTransaction.requiringNew().call(() -> extending(previous));
            if (!always && previous.isPresent() && previous.get().seq() == head.seq()) {
                return null;
            }
            return sign(head, previous, signer);
        });
        if (anchor != null && config.log()) {
            LOG.infof("audit anchor %s", AnchorFile.json(anchor));
        }
        return anchor;
    }

    private static Optional<Anchor> previous(Optional<AnchorFile.Line> last, AnchorSigner signer) {
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Anchor previous = last.get()
                .anchor()
                .orElseThrow(() -> new AnchorRefusedException(
                        0, "the anchor file's last line is not an anchor record: an operator must look at it"));
        if (!signer.verifies(previous)) {
            throw new AnchorRefusedException(
                    previous.seq(),
                    "the anchor file's last line is not signed with the configured key (forged, or the key was "
                            + "changed: archive the old file with its public key and start a new one)");
        }
        return Optional.of(previous);
    }

    /** The head, if the chain from the last anchored row up to it is whole; otherwise refused. */
    private AuditChainReader.Head extending(Optional<Anchor> previous) {
        AuditChainReader.Head head = reader.head();
        long from = previous.map(Anchor::seq).orElse(0L);
        String fromHash = previous.map(Anchor::hash).orElse(AuditChain.GENESIS);
        if (head.seq() < from) {
            throw new AnchorRefusedException(
                    head.seq() + 1, "the chain ends at " + head.seq() + " but the last anchor vouches for " + from);
        }
        if (from > 0) {
            boolean same = reader.row(from)
                    .filter(r ->
                            r.hash().equals(fromHash) && AuditChain.hashOf(r).equals(r.hash()))
                    .isPresent();
            if (!same) {
                throw new AnchorRefusedException(from, "row " + from + " no longer matches the last anchor");
            }
        }
        AuditChain.Verifier verifier = new AuditChain.Verifier(from, fromHash);
        reader.rows(from, head.seq(), verifier::accept);
        AuditChain.Verification chain = verifier.result(head.seq(), head.hash());
        if (!chain.valid()) {
            throw new AnchorRefusedException(chain.brokenAt(), chain.reason());
        }
        return head;
    }

    private static Anchor sign(AuditChainReader.Head head, Optional<Anchor> previous, AnchorSigner signer) {
        String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        String prev = previous.map(Anchor::anchorHash).orElse(Anchor.NONE);
        String payload = Anchor.payload(Anchor.VERSION, head.seq(), head.hash(), at, prev, signer.keyId());
        return new Anchor(
                Anchor.VERSION,
                head.seq(),
                head.hash(),
                at,
                prev,
                signer.keyId(),
                signer.algorithm(),
                signer.sign(payload));
    }
}
