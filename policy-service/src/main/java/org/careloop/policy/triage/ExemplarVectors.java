package org.careloop.policy.triage;

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
import java.util.HexFormat;
import java.util.List;
import org.careloop.support.vectors.StoredVectors;

/**
 * The vectors of exemplar sentences ({@link StoredVectors}), and the classifiers trained on them, made at build time
 * ({@link ExemplarVectorIndex}, run by Maven after compiling) and read at start instead of embedding some 4 000
 * sentences again, which took 18 of the 23 seconds policy-service needed to start on this machine. A set is found by
 * the SHA-256 of the model's name and its sentences (a classifier by the SHA-256 of its training input), so a changed
 * exemplar set never gets stale vectors: it is embedded at start, as before.
 */
final class ExemplarVectors {

    /** Set to a directory to write every exemplar set embedded in this process there (what the index build does). */
    static final String WRITE_TO = "careloop.exemplar-vectors.write-to";

    static final String RESOURCES = "policy/vectors/";
    private static final StoredVectors STORE =
            new StoredVectors(RESOURCES, "bge-small-en-v1.5-q", WRITE_TO, ExemplarVectors.class.getClassLoader());

    private ExemplarVectors() {}

    /** The vectors stored for {@code sentences}, or null when the build stored none for exactly these. */
    static float[][] stored(List<String> sentences) {
        return STORE.stored(sentences);
    }

    /** A trained model's parameters stored under {@code name}, rows of any length, or null. */
    static double[][] storedModel(String name) {
        String resource = RESOURCES + name + ".bin";
        try (InputStream in = ExemplarVectors.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            DataInputStream data = new DataInputStream(new BufferedInputStream(in));
            double[][] rows = new double[data.readInt()][];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = new double[data.readInt()];
                for (int i = 0; i < rows[r].length; i++) {
                    rows[r][i] = data.readDouble();
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable model " + resource, e);
        }
    }

    /** Stores a trained model's parameters when this process was asked to ({@link #WRITE_TO}). */
    static void offerModel(String name, double[][] rows) {
        String dir = System.getProperty(WRITE_TO);
        if (dir == null) {
            return;
        }
        try {
            Path file = Path.of(dir).resolve(name + ".bin");
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                DataOutputStream data = new DataOutputStream(out);
                data.writeInt(rows.length);
                for (double[] row : rows) {
                    data.writeInt(row.length);
                    for (double v : row) {
                        data.writeDouble(v);
                    }
                }
                data.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a model in " + dir, e);
        }
    }

    /** The SHA-256 of a model's training input: every vector, its class and the regularisation. */
    static String trainingKey(float[][] vectors, int[] labels, int classes, double regularisation) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            java.nio.ByteBuffer buffer =
                    java.nio.ByteBuffer.allocate(4 * (vectors.length == 0 ? 1 : vectors[0].length + 1));
            for (int i = 0; i < vectors.length; i++) {
                buffer.clear();
                for (float v : vectors[i]) {
                    buffer.putFloat(v);
                }
                buffer.putInt(labels[i]);
                sha.update(buffer.array(), 0, buffer.position());
            }
            sha.update((classes + "/" + regularisation).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Stores {@code vectors} when this process was asked to ({@link #WRITE_TO}). */
    static void offer(List<String> sentences, float[][] vectors) {
        STORE.offer(sentences, vectors);
    }
}
