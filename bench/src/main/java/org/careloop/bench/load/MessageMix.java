package org.careloop.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Picks the next message: its kind by the mix's weights, then one of that kind's texts, from a seeded random. */
public final class MessageMix {

    /** A text to send and its kind. */
    public record Pick(MessageKind kind, String text) {}

    private final Map<MessageKind, List<String>> texts = new EnumMap<>(MessageKind.class);
    private final int[] weights;
    private final int total;
    private final Random random;

    /** @param weights routine, emergency and identifier-rich weights, e.g. 70, 10, 20 */
    public MessageMix(int[] weights, long seed) {
        if (weights.length != MessageKind.values().length) {
            throw new IllegalArgumentException("the mix needs one weight per kind: routine,emergency,identifiers");
        }
        this.weights = weights.clone();
        int sum = 0;
        for (int w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("a weight must not be negative");
            }
            sum += w;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        this.total = sum;
        this.random = new Random(seed);
        for (MessageKind kind : MessageKind.values()) {
            texts.put(kind, read("/messages/" + kind.resource + ".txt"));
        }
    }

    public synchronized Pick next() {
        int r = random.nextInt(total);
        MessageKind kind = MessageKind.values()[0];
        for (MessageKind k : MessageKind.values()) {
            if (r < weights[k.ordinal()]) {
                kind = k;
                break;
            }
            r -= weights[k.ordinal()];
        }
        List<String> ofKind = texts.get(kind);
        return new Pick(kind, ofKind.get(random.nextInt(ofKind.size())));
    }

    public List<String> texts(MessageKind kind) {
        return texts.get(kind);
    }

    private static List<String> read(String resource) {
        try (InputStream in = MessageMix.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
