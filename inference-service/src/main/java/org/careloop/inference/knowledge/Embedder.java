package org.careloop.inference.knowledge;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.careloop.support.startup.LoadAhead;

/**
 * The in-process all-MiniLM-L6-v2 model (ONNX, shipped inside its jar): no network, 384 dimensions.
 * Not a CDI EmbeddingModel bean on purpose: the OpenAI and Ollama extensions bring their own and we never
 * want text embedded by a remote service.
 */
@ApplicationScoped
public class Embedder {

    private volatile EmbeddingModel model;

    /**
     * The model loaded, and run once, beside Quarkus' own start; the knowledge base's load at start, which the
     * service's readiness waits for, takes it from here (or loads it itself if this failed).
     */
    void loadAhead(@Observes @Initialized(ApplicationScoped.class) Object containerStarted) {
        LoadAhead.start("embedding model", () -> embed("ready"));
    }

    public float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model().embedAll(segments).content().stream()
                .map(e -> e.vector())
                .toList();
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2EmbeddingModel();
                }
                m = model;
            }
        }
        return m;
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return (na == 0 || nb == 0) ? 0 : dot / Math.sqrt(na * nb);
    }
}
