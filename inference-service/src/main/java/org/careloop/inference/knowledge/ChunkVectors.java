package org.careloop.inference.knowledge;

import java.util.Arrays;
import java.util.List;
import org.careloop.support.vectors.StoredVectors;

/**
 * The vectors of the knowledge base's chunks ({@link StoredVectors}), embedded at build time ({@link
 * ChunkVectorIndex}, run by Maven after compiling) for the knowledge base shipped on the classpath, and read at start
 * instead of embedding its chunks again. A changed knowledge base, a knowledge-base folder or another chunk size
 * never gets stale vectors: its chunks are embedded at start, as before.
 */
final class ChunkVectors {

    /** Set to a directory to write every chunk set embedded in this process there (what the index build does). */
    static final String WRITE_TO = "careloop.chunk-vectors.write-to";

    static final String RESOURCES = "knowledge-base-vectors/";
    private static final StoredVectors STORE =
            new StoredVectors(RESOURCES, "all-minilm-l6-v2", WRITE_TO, ChunkVectors.class.getClassLoader());

    private ChunkVectors() {}

    static String key(List<String> texts) {
        return STORE.key(texts);
    }

    /** The vectors stored for exactly {@code texts}, in order, or null when the build stored none for them. */
    static List<float[]> stored(List<String> texts) {
        float[][] vectors = STORE.stored(texts);
        return vectors == null ? null : Arrays.asList(vectors);
    }

    /** Stores {@code vectors} when this process was asked to ({@link #WRITE_TO}). */
    static void offer(List<String> texts, List<float[]> vectors) {
        STORE.offer(texts, vectors.toArray(float[][]::new));
    }
}
