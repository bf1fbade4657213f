package org.careloop.support.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredVectorsTest {

    private static final String PROPERTY = "careloop.test-vectors.write-to";

    @Test
    void shouldReadBackWhatTheBuildStepWroteForExactlyTheSameTexts(@TempDir Path root) throws Exception {
        Path dir = root.resolve("vectors");
        List<String> texts = List.of("chest pain", "a cough for a week");
        float[][] vectors = {{0.25f, -1f, 3.5f}, {0f, 0.5f, -0.125f}};
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            StoredVectors store = new StoredVectors("vectors", "test-model", PROPERTY, loader);
            System.setProperty(PROPERTY, dir.toString());
            try {
                store.offer(texts, vectors);
            } finally {
                System.clearProperty(PROPERTY);
            }
            assertThat(store.stored(texts)).isDeepEqualTo(vectors);
            assertThat(store.stored(List.of("a cough for a week", "chest pain")))
                    .isNull();
            assertThat(store.stored(List.of("chest pain"))).isNull();
            assertThat(new StoredVectors("vectors", "other-model", PROPERTY, loader).stored(texts))
                    .isNull();
        }
    }

    @Test
    void shouldWriteNothingWhenNotAskedTo(@TempDir Path root) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            StoredVectors store = new StoredVectors("vectors", "test-model", PROPERTY, loader);
            store.offer(List.of("x"), new float[][] {{1f}});
            assertThat(store.stored(List.of("x"))).isNull();
        }
    }

    @Test
    void shouldKeyTextsByTheirBoundariesAndOrder() {
        StoredVectors store = new StoredVectors("v", "m", PROPERTY, getClass().getClassLoader());
        assertThat(store.key(List.of("ab"))).isNotEqualTo(store.key(List.of("a", "b")));
        assertThat(store.key(List.of("a", "b"))).isNotEqualTo(store.key(List.of("b", "a")));
    }
}
