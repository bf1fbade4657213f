package org.careloop.inference.knowledge;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The vectors of the knowledge base's chunks, embedded at build time ({@link ChunkVectorIndex}, run by Maven after
 * compiling) for the knowledge base shipped on the classpath, and read at start instead of embedding its chunks
 * again. A set is found by the SHA-256 of the model's name and every chunk's text, so a changed knowledge base, a
 * knowledge-base folder or another chunk size never gets stale vectors: its chunks are embedded at start, as before.
 */
final class ChunkVectors {

    /** Set to a directory to write every chunk set embedded in this process there (what the index build does). */
    static final String WRITE_TO = "careloop.chunk-vectors.write-to";

    static final String RESOURCES = "knowledge-base-vectors/";
    private static final String MODEL = "all-minilm-l6-v2";

    private ChunkVectors() {}

    static String key(List<String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(MODEL.getBytes(StandardCharsets.UTF_8));
            for (String text : texts) {
                sha.update((byte) 0);
                sha.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The vectors stored for exactly {@code texts}, in order, or null when the build stored none for them. */
    static List<float[]> stored(List<String> texts) {
        String resource = RESOURCES + key(texts) + ".bin";
        try (InputStream in = ChunkVectors.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            DataInputStream data = new DataInputStream(new BufferedInputStream(in));
            int rows = data.readInt();
            int dims = data.readInt();
            if (rows != texts.size()) {
                return null;
            }
            List<float[]> vectors = new ArrayList<>(rows);
            for (int r = 0; r < rows; r++) {
                float[] row = new float[dims];
                for (int d = 0; d < dims; d++) {
                    row[d] = data.readFloat();
                }
                vectors.add(row);
            }
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable chunk vectors " + resource, e);
        }
    }

    /** Stores {@code vectors} when this process was asked to ({@link #WRITE_TO}). */
    static void offer(List<String> texts, List<float[]> vectors) {
        String dir = System.getProperty(WRITE_TO);
        if (dir == null || vectors.isEmpty()) {
            return;
        }
        try {
            Path file = Path.of(dir).resolve(key(texts) + ".bin");
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                DataOutputStream data = new DataOutputStream(out);
                data.writeInt(vectors.size());
                data.writeInt(vectors.get(0).length);
                for (float[] row : vectors) {
                    for (float v : row) {
                        data.writeFloat(v);
                    }
                }
                data.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store chunk vectors in " + dir, e);
        }
    }
}
