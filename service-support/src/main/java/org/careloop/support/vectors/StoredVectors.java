package org.careloop.support.vectors;

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

/**
 * Sentence vectors embedded at build time and read at start instead of embedding the same texts again: policy-service's
 * exemplar sentences, inference-service's knowledge-base chunks. A set is found by the SHA-256 of the model's name and
 * every text in order, so a changed text, another order or another model never gets stale vectors: the caller embeds
 * them at start, as before. A build step sets {@code writeToProperty} to a directory and every set embedded in that
 * process is written there; the files are shipped as resources under {@code resources}.
 */
public final class StoredVectors {

    private final String resources;
    private final String model;
    private final String writeToProperty;
    private final ClassLoader loader;

    /** {@code loader} is one that sees the service's own resources. */
    public StoredVectors(String resources, String model, String writeToProperty, ClassLoader loader) {
        this.resources = resources.endsWith("/") ? resources : resources + "/";
        this.model = model;
        this.writeToProperty = writeToProperty;
        this.loader = loader;
    }

    public String key(List<String> texts) {
        MessageDigest sha = sha256();
        sha.update(model.getBytes(StandardCharsets.UTF_8));
        for (String text : texts) {
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The vectors stored for exactly {@code texts}, in order, or null when the build stored none for them. */
    public float[][] stored(List<String> texts) {
        String resource = resources + key(texts) + ".bin";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            DataInputStream data = new DataInputStream(new BufferedInputStream(in));
            int rows = data.readInt();
            int dims = data.readInt();
            if (rows != texts.size()) {
                return null;
            }
            float[][] vectors = new float[rows][dims];
            for (float[] row : vectors) {
                for (int d = 0; d < dims; d++) {
                    row[d] = data.readFloat();
                }
            }
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable stored vectors " + resource, e);
        }
    }

    /** Stores {@code vectors} for {@code texts} when this process was asked to (the build step's property is set). */
    public void offer(List<String> texts, float[][] vectors) {
        String dir = System.getProperty(writeToProperty);
        if (dir == null || vectors.length == 0) {
            return;
        }
        Path file = Path.of(dir).resolve(key(texts) + ".bin");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                DataOutputStream data = new DataOutputStream(out);
                data.writeInt(vectors.length);
                data.writeInt(vectors[0].length);
                for (float[] row : vectors) {
                    for (float v : row) {
                        data.writeFloat(v);
                    }
                }
                data.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store vectors in " + dir, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
