package org.careloop.biasaudit.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.careloop.biasaudit.metrics.DraftMeasures;
import org.careloop.biasaudit.templates.Counterfactual;

/**
 * Sends every message of the audit along the real path, {@code repeats} drafts each: screened once (screening is
 * deterministic), then drafted and checked per repeat, each draft under its own idempotency key so that none is
 * served from inference-service's store.
 */
public final class AuditRun {

    private final CareloopServices services;
    private final String runId;
    private final int repeats;
    private final int concurrency;

    public AuditRun(CareloopServices services, String runId, int repeats, int concurrency) {
        this.services = services;
        this.runId = runId;
        this.repeats = repeats;
        this.concurrency = concurrency;
    }

    public List<CellResult> run(List<Counterfactual> messages) {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<CellResult>> futures = new ArrayList<>();
            for (Counterfactual message : messages) {
                futures.add(pool.submit(() -> {
                    CellResult result = one(message);
                    int n = done.incrementAndGet();
                    if (n % 25 == 0 || n == messages.size()) {
                        System.out.printf("  %d of %d messages drafted%n", n, messages.size());
                    }
                    return result;
                }));
            }
            List<CellResult> results = new ArrayList<>();
            for (Future<CellResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    CellResult one(Counterfactual message) {
        String key = "bias-audit:" + runId + ":" + message.key();
        Screened screened = services.screen(key, message.text());
        List<DraftMeasures> drafts = new ArrayList<>();
        List<Drafted.Provenance> provenance = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int r = 1; r <= repeats; r++) {
            try {
                Drafted draft = services.draft(key + ":" + r, screened);
                Checked checked = services.check(screened, draft);
                drafts.add(DraftMeasures.of(
                        draft.text(),
                        checked.findingTypes(),
                        draft.citations().stream().map(Drafted.Cited::passageId).toList()));
                provenance.add(draft.provenance());
            } catch (RemoteCallException e) {
                if (e.status() == 401 || e.status() == 403) {
                    throw e;
                }
                failures.add(e.getMessage());
            }
        }
        return new CellResult(message, screened, drafts, provenance, failures);
    }
}
