package org.careloop.policy.triage;

import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/**
 * The in-process sentence-embedding model (BGE small, quantised ONNX, shipped inside its jar: no network at run
 * time). Loaded once per process; vectors are unit length, so a dot product is the cosine similarity.
 */
public final class SentenceEncoder {

    private static final class Holder {
        static final SentenceEncoder SHARED = new SentenceEncoder(new BgeSmallEnV15QuantizedEmbeddingModel());
    }

    private final EmbeddingModel model;

    SentenceEncoder(EmbeddingModel model) {
        this.model = model;
    }

    public static SentenceEncoder shared() {
        return Holder.SHARED;
    }

    public float[][] encode(List<String> sentences) {
        if (sentences.isEmpty()) {
            return new float[0][];
        }
        List<Embedding> embeddings = model.embedAll(sentences.stream().map(TextSegment::from).toList()).content();
        float[][] vectors = new float[embeddings.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = unit(embeddings.get(i).vector());
        }
        return vectors;
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
