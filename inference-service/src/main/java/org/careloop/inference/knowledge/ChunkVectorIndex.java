package org.careloop.inference.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * Embeds the chunks of the knowledge base shipped on the classpath, chunked as the service's
 * {@code application.properties} says ({@code careloop.knowledge.max-chunk-chars}), into the directory given as the
 * argument, for {@link ChunkVectors}. Maven runs it after compiling, into {@code target/classes}, so the packaged
 * service starts without embedding them. A service configured with another chunk size finds no vectors for its
 * chunks and embeds them at start.
 */
public final class ChunkVectorIndex {

    private ChunkVectorIndex() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ChunkVectorIndex OUTPUT_DIRECTORY");
        }
        System.setProperty(ChunkVectors.WRITE_TO, args[0]);
        long start = System.nanoTime();
        KnowledgeIndex index =
                KnowledgeIndex.build(KnowledgeBaseSource.read(Optional.empty()), new Embedder(), maxChunkChars());
        System.out.printf(
                "knowledge-base vectors (%d chunks) written to %s in %.1f s%n",
                index.chunkCount(), args[0], (System.nanoTime() - start) / 1e9);
        System.exit(0);
    }

    private static int maxChunkChars() {
        Properties properties = new Properties();
        try (InputStream in = ChunkVectorIndex.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is not on the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Integer.parseInt(
                properties.getProperty("careloop.knowledge.max-chunk-chars").strip());
    }
}
