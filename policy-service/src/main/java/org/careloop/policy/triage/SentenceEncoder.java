package org.careloop.policy.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-process sentence-embedding model (BGE small, quantised ONNX, shipped inside its jar: no network at run
 * time). Loaded once per process; vectors are unit length, so a dot product is the cosine similarity.
 * <p>
 * A text that occurs more than once in a call is embedded once. The distinct texts are embedded one model run
 * each (a padded batch would change the vectors: see {@link OnnxSentenceModel}), shared between the calling thread
 * and a helper per further processor; each run is single-threaded, which on a small machine is faster than
 * several runs each spreading over every core.
 */
public final class SentenceEncoder {

    private static final class Holder {
        static final SentenceEncoder SHARED = new SentenceEncoder(
                OnnxSentenceModel.bgeSmallEnV15Quantized(1),
                Runtime.getRuntime().availableProcessors());
    }

    private final OnnxSentenceModel model;
    private final int workers;
    private final ExecutorService helpers;

    /** {@code workers} texts at a time: the calling thread and {@code workers - 1} helper threads. */
    SentenceEncoder(OnnxSentenceModel model, int workers) {
        this.model = model;
        this.workers = Math.max(1, workers);
        AtomicInteger number = new AtomicInteger();
        this.helpers = this.workers == 1
                ? null
                : Executors.newFixedThreadPool(this.workers - 1, task -> {
                    Thread thread = new Thread(task, "sentence-model-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    public static SentenceEncoder shared() {
        return Holder.SHARED;
    }

    public float[][] encode(List<String> sentences) {
        if (sentences.isEmpty()) {
            return new float[0][];
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        int[] slot = new int[sentences.size()];
        for (int i = 0; i < slot.length; i++) {
            slot[i] = index.computeIfAbsent(sentences.get(i), s -> {
                distinct.add(s);
                return distinct.size() - 1;
            });
        }
        float[][] unique = embed(distinct);
        float[][] vectors = new float[slot.length][];
        boolean[] handedOut = new boolean[unique.length];
        for (int i = 0; i < slot.length; i++) {
            // Each caller's row is its own array, as before, even for a repeated text.
            vectors[i] = handedOut[slot[i]] ? unique[slot[i]].clone() : unique[slot[i]];
            handedOut[slot[i]] = true;
        }
        return vectors;
    }

    /**
     * The vectors of a fixed set of exemplar sentences: those the build embedded ({@link ExemplarVectors}) when it
     * embedded exactly these, else embedded now.
     */
    public float[][] encodeExemplars(List<String> sentences) {
        float[][] stored = ExemplarVectors.stored(sentences);
        if (stored != null) {
            return stored;
        }
        float[][] vectors = encode(sentences);
        ExemplarVectors.offer(sentences, vectors);
        return vectors;
    }

    private float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
                out[i] = unit(model.embed(texts.get(i)));
            }
        };
        int extra = helpers == null ? 0 : Math.min(workers - 1, texts.size() - 1);
        List<Future<?>> running = new ArrayList<>(extra);
        for (int h = 0; h < extra; h++) {
            running.add(helpers.submit(work));
        }
        RuntimeException failure = null;
        try {
            work.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r
                            ? r
                            : new IllegalStateException("the sentence model failed", e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while embedding", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return out;
    }

    /** The mean similarity of the {@code k} vectors most like {@code query} (all of them when there are fewer). */
    public static double meanOfNearest(float[][] vectors, float[] query, int k) {
        double[] top = new double[Math.min(k, vectors.length)];
        Arrays.fill(top, -1);
        for (float[] v : vectors) {
            double s = dot(v, query);
            if (s > top[top.length - 1]) {
                int i = top.length - 1;
                while (i > 0 && top[i - 1] < s) {
                    top[i] = top[i - 1];
                    i--;
                }
                top[i] = s;
            }
        }
        return Arrays.stream(top).average().orElse(0);
    }

    public static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static float[] unit(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
