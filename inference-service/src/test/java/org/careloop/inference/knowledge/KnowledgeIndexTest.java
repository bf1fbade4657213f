package org.careloop.inference.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KnowledgeIndexTest {

    @Test
    void shouldListEverySampleFileInTheIndex() throws IOException {
        Path folder = Path.of("src/main/resources/knowledge-base");
        List<String> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                    .sorted()
                    .toList();
        }
        List<String> indexed = KnowledgeBaseSource.fromClasspath().stream()
                .map(SourceFile::name)
                .sorted()
                .toList();
        assertThat(indexed).isEqualTo(files);
    }

    @Test
    void shouldLabelEverySamplePassageAsSample() {
        assertThat(KnowledgeBaseSource.fromClasspath())
                .allSatisfy(f -> assertThat(f.content())
                        .contains("SAMPLE patient-education text written for careloop, not clinical guidance"));
    }

    @Test
    void shouldParseEverySamplePassageWithUniqueIds() {
        List<Passage> passages = KnowledgeBaseSource.fromClasspath().stream()
                .map(f -> MarkdownPassages.parse(f.name(), f.content()))
                .toList();
        assertThat(passages).hasSizeGreaterThanOrEqualTo(20);
        assertThat(passages).extracting(Passage::id).doesNotHaveDuplicates();
        assertThat(passages).allSatisfy(p -> assertThat(p.source()).isEqualTo(p.id() + ".md"));
    }

    @Test
    void shouldReadOnlyMarkdownPassagesFromAFolder(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("b.md"), "---\nid: b\ntitle: B\n---\nText.");
        Files.writeString(folder.resolve("a.md"), "---\nid: a\ntitle: A\n---\nText.");
        Files.writeString(folder.resolve("README.md"), "# About this folder");
        Files.writeString(folder.resolve("notes.txt"), "not a passage");
        assertThat(KnowledgeBaseSource.fromDirectory(folder))
                .extracting(SourceFile::name)
                .containsExactly("a.md", "b.md");
    }

    @Test
    void shouldChangeVersionWhenContentChanges() {
        String a = KnowledgeIndex.version(List.of(new SourceFile("a.md", "one")));
        String b = KnowledgeIndex.version(List.of(new SourceFile("a.md", "two")));
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void shouldRefuseDuplicatePassageIds() {
        List<SourceFile> files = List.of(
                new SourceFile("a.md", "---\nid: same\ntitle: A\n---\nText."),
                new SourceFile("b.md", "---\nid: same\ntitle: B\n---\nText."));
        assertThatThrownBy(() -> KnowledgeIndex.build(files, new Embedder(), 200))
                .hasMessageContaining("same");
    }
}
