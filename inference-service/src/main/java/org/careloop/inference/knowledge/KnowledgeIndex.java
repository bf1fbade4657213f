package org.careloop.inference.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** An immutable, embedded snapshot of the knowledge base. */
public final class KnowledgeIndex {

    private final String version;
    private final Map<String, Passage> passages;
    private final List<Chunk> chunks;
    private final List<float[]> chunkVectors;
    private final Embedder embedder;
    // Sentence vectors are needed only for passages that get retrieved: embedded on first use, which halves startup.
    private final Map<String, List<float[]>> sentenceVectors = new ConcurrentHashMap<>();

    private KnowledgeIndex(
            String version,
            Map<String, Passage> passages,
            List<Chunk> chunks,
            List<float[]> chunkVectors,
            Embedder embedder) {
        this.version = version;
        this.passages = passages;
        this.chunks = chunks;
        this.chunkVectors = chunkVectors;
        this.embedder = embedder;
    }

    /** Parses, chunks and embeds the files. The version is the SHA-256 of the files' names and contents. */
    public static KnowledgeIndex build(List<SourceFile> files, Embedder embedder, int maxChunkChars) {
        List<SourceFile> sorted =
                files.stream().sorted(Comparator.comparing(SourceFile::name)).toList();
        Map<String, Passage> passages = new LinkedHashMap<>();
        for (SourceFile file : sorted) {
            Passage passage = MarkdownPassages.parse(file.name(), file.content());
            Passage clash = passages.putIfAbsent(passage.id(), passage);
            if (clash != null) {
                throw new IllegalArgumentException(
                        "passage id '" + passage.id() + "' is used by both " + clash.source() + " and " + file.name());
            }
        }
        List<Chunk> chunks = new ArrayList<>();
        for (Passage passage : passages.values()) {
            chunks.addAll(Chunker.chunks(passage, maxChunkChars));
        }
        List<String> texts = chunks.stream().map(Chunk::text).toList();
        // The shipped knowledge base's vectors were embedded by the build (ChunkVectors); any other is embedded now.
        List<float[]> chunkVectors = ChunkVectors.stored(texts);
        if (chunkVectors == null) {
            chunkVectors = embedder.embedAll(texts);
            ChunkVectors.offer(texts, chunkVectors);
        }
        return new KnowledgeIndex(
                version(sorted), Map.copyOf(passages), List.copyOf(chunks), List.copyOf(chunkVectors), embedder);
    }

    static String version(List<SourceFile> sorted) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SourceFile file : sorted) {
                digest.update(file.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Top-k passages by their best chunk's cosine similarity, keeping only those at or above minScore. */
    public List<RetrievedPassage> retrieve(float[] query, int topK, double minScore) {
        return retrieve(query, topK, minScore, Set.of());
    }

    /**
     * As above, but passages that declare one of the message's red-flag categories come first, whatever their
     * similarity: a message flagged for suicidal thoughts gets the crisis passage even when its wording is
     * far from the passage's (the embedding model is weak on phrasing such as "don't want to be alive").
     */
    public List<RetrievedPassage> retrieve(float[] query, int topK, double minScore, Set<String> redFlags) {
        Map<String, Double> best = new LinkedHashMap<>();
        for (int c = 0; c < chunks.size(); c++) {
            double score = Embedder.cosine(query, chunkVectors.get(c));
            best.merge(chunks.get(c).passageId(), score, Math::max);
        }
        List<Map.Entry<String, Double>> ranked = best.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .toList();
        List<RetrievedPassage> out = new ArrayList<>();
        if (!redFlags.isEmpty()) {
            for (Map.Entry<String, Double> e : ranked) {
                Passage p = passages.get(e.getKey());
                if (out.size() < topK && p.redFlags().stream().anyMatch(redFlags::contains)) {
                    out.add(new RetrievedPassage(p, e.getValue()));
                }
            }
        }
        for (Map.Entry<String, Double> e : ranked) {
            if (out.size() >= topK || e.getValue() < minScore) {
                break;
            }
            if (out.stream().noneMatch(r -> r.passage().id().equals(e.getKey()))) {
                out.add(new RetrievedPassage(passages.get(e.getKey()), e.getValue()));
            }
        }
        return List.copyOf(out);
    }

    /** The sentences of one passage, most similar to the query first. */
    public List<ScoredSentence> rankSentences(String passageId, float[] query) {
        Passage passage = passages.get(passageId);
        List<float[]> vectors =
                sentenceVectors.computeIfAbsent(passageId, id -> List.copyOf(embedder.embedAll(passage.sentences())));
        List<ScoredSentence> scored = new ArrayList<>();
        for (int s = 0; s < passage.sentences().size(); s++) {
            scored.add(new ScoredSentence(
                    passageId, s, passage.sentences().get(s), Embedder.cosine(query, vectors.get(s))));
        }
        scored.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        return scored;
    }

    public String version() {
        return version;
    }

    public int passageCount() {
        return passages.size();
    }

    public int chunkCount() {
        return chunks.size();
    }

    public Passage passage(String id) {
        return passages.get(id);
    }

    public boolean contains(String id) {
        return passages.containsKey(id);
    }
}
