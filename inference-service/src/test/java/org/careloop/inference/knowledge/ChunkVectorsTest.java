package org.careloop.inference.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In the application (the model's native tokenizer loads in one class loader per JVM: the application's). */
@QuarkusTest
class ChunkVectorsTest {

    @Inject
    Embedder embedder;

    @Test
    void theBuildStoredTheModelsOwnVectorsOfTheShippedKnowledgeBase() {
        List<String> texts = shippedChunkTexts(200);

        List<float[]> stored = ChunkVectors.stored(texts);
        List<float[]> embedded = embedder.embedAll(texts);

        assertThat(stored)
                .as("vectors stored by the build for the shipped knowledge base")
                .isNotNull();
        assertThat(stored).hasSameSizeAs(embedded);
        for (int i = 0; i < stored.size(); i++) {
            assertThat(Embedder.cosine(stored.get(i), embedded.get(i)))
                    .as("chunk %d: %s", i, texts.get(i))
                    .isGreaterThan(0.9999);
        }
    }

    @Test
    void otherChunksFindNoStoredVectors() {
        List<String> texts = shippedChunkTexts(200);
        List<String> edited = new ArrayList<>(texts);
        edited.set(0, texts.get(0) + " Edited.");

        assertThat(ChunkVectors.stored(edited)).isNull();
        assertThat(ChunkVectors.stored(shippedChunkTexts(120))).isNull();
        assertThat(ChunkVectors.key(List.of("a", "b"))).isNotEqualTo(ChunkVectors.key(List.of("b", "a")));
        assertThat(ChunkVectors.key(List.of("ab"))).isNotEqualTo(ChunkVectors.key(List.of("a", "b")));
    }

    private static List<String> shippedChunkTexts(int maxChunkChars) {
        // As KnowledgeIndex.build orders and chunks them.
        List<String> texts = new ArrayList<>();
        KnowledgeBaseSource.fromClasspath().stream()
                .sorted(java.util.Comparator.comparing(SourceFile::name))
                .map(f -> MarkdownPassages.parse(f.name(), f.content()))
                .forEach(p -> Chunker.chunks(p, maxChunkChars).forEach(c -> texts.add(c.text())));
        return texts;
    }
}
