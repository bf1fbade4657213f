package org.careloop.review.audit.anchor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code audit-anchors.jsonl} in the configured directory: one anchor per line, only ever appended to. Writers on one
 * host (several nodes sharing the directory) take the file's lock; within this JVM the methods are synchronized,
 * because a JVM may hold only one lock on a file.
 */
@ApplicationScoped
public class AnchorFile {

    public static final String NAME = "audit-anchors.jsonl";

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final int TAIL = 64 * 1024;

    /** One line as read: its number (from 1; 0 for the last line read on its own), and the anchor, or empty when the line is not one. */
    public record Line(int number, Optional<Anchor> anchor) {}

    @Inject
    AnchorConfig config;

    public Path path() {
        return config.directory().resolve(NAME);
    }

    /**
     * Under the file's lock: gives the last line (empty for a new file) to {@code next}, appends what it returns and
     * forces it to disk. {@code next} may return null, or throw, to append nothing.
     */
    public synchronized Anchor append(Function<Optional<Line>, Anchor> next) {
        try {
            Files.createDirectories(config.directory());
            try (FileChannel channel = FileChannel.open(
                            path(), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                Anchor anchor = next.apply(lastLine(channel));
                if (anchor == null) {
                    return null;
                }
                // After a write cut short, the new line starts on a line of its own; the torn one stays to be seen.
                String start = endsWithNewline(channel) ? "" : "\n";
                byte[] line = (start + json(anchor) + "\n").getBytes(StandardCharsets.UTF_8);
                channel.write(ByteBuffer.wrap(line), channel.size());
                channel.force(false);
                return anchor;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit anchor file " + path(), e);
        }
    }

    /** Every line, parsed; a missing file has none. */
    public synchronized List<Line> readAll() {
        if (!Files.exists(path())) {
            return List.of();
        }
        try (FileChannel channel = FileChannel.open(path(), StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(channel.size()));
            while (all.hasRemaining() && channel.read(all, all.position()) >= 0) {
                // read on
            }
            String text = new String(all.array(), StandardCharsets.UTF_8);
            List<Line> lines = new ArrayList<>();
            int number = 0;
            for (String line : text.split("\n", -1)) {
                number++;
                if (!line.isEmpty()) {
                    lines.add(new Line(number, parse(line)));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit anchor file " + path(), e);
        }
    }

    public static String json(Anchor anchor) {
        try {
            return JSON.writeValueAsString(anchor);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an anchor is plain values", e);
        }
    }

    private static boolean endsWithNewline(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return true;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) == '\n';
    }

    private static Optional<Line> lastLine(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return Optional.empty();
        }
        int length = (int) Math.min(size, TAIL);
        ByteBuffer tail = ByteBuffer.allocate(length);
        while (tail.hasRemaining() && channel.read(tail, size - length + tail.position()) >= 0) {
            // read on
        }
        String text = new String(tail.array(), StandardCharsets.UTF_8);
        String[] lines = text.split("\n");
        if (lines.length == 0) {
            return Optional.of(new Line(0, Optional.empty()));
        }
        // A line without its newline (a write cut short) is the last line all the same: it will not parse.
        return Optional.of(new Line(0, parse(lines[lines.length - 1])));
    }

    private static Optional<Anchor> parse(String line) {
        try {
            Anchor anchor = JSON.readValue(line, Anchor.class);
            return anchor.hash() == null || anchor.prevAnchorHash() == null || anchor.anchoredAt() == null
                    ? Optional.empty()
                    : Optional.of(anchor);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
