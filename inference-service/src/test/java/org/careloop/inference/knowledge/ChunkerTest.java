package org.careloop.inference.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    @Test
    void shouldTurnMarkdownIntoPlainSentences() {
        List<String> sentences = Chunker.sentences("""
                # Fever
                A fever is **common**. It often means an infection!
                See [the guide](https://example.org) for more.

                ## At home
                - Rest and drink fluids
                - Check your temperature.
                """);
        assertThat(sentences)
                .containsExactly(
                        "A fever is common.",
                        "It often means an infection!",
                        "See the guide for more.",
                        "Rest and drink fluids.",
                        "Check your temperature.");
    }

    @Test
    void shouldNotSplitDecimalNumbers() {
        assertThat(Chunker.splitSentences("A temperature of 100.4 °F is a fever. Rest."))
                .containsExactly("A temperature of 100.4 °F is a fever.", "Rest.");
    }

    @Test
    void shouldChunkWholeSentencesWithOneSentenceOverlap() {
        Passage p = new Passage(
                "p",
                "Title",
                List.of("a".repeat(150) + ".", "b".repeat(150) + ".", "c".repeat(150) + ".", "d".repeat(150) + "."),
                "p.md");
        List<Chunk> chunks = Chunker.chunks(p, 400);
        assertThat(chunks)
                .extracting(Chunk::firstSentence, Chunk::lastSentence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 2),
                        org.assertj.core.groups.Tuple.tuple(1, 3),
                        org.assertj.core.groups.Tuple.tuple(2, 4));
        assertThat(chunks).allSatisfy(c -> assertThat(c.text()).startsWith("Title. "));
    }

    @Test
    void shouldKeepAnOverlongSentenceAsItsOwnChunk() {
        Passage p = new Passage("p", "T", List.of("x".repeat(900) + ".", "Short."), "p.md");
        assertThat(Chunker.chunks(p, 400))
                .extracting(Chunk::firstSentence, Chunk::lastSentence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(1, 2));
    }

    @Test
    void shouldReadIdAndTitleFromFrontMatterOrHeading() {
        Passage front = MarkdownPassages.parse(
                "a.md",
                "---\nid: fever-in-adults\ntitle: \"Fever in adults\"\nred-flags: high_fever, SEPSIS\n---\nBody text.");
        assertThat(front.redFlags()).containsExactlyInAnyOrder("HIGH_FEVER", "SEPSIS");
        assertThat(front.id()).isEqualTo("fever-in-adults");
        assertThat(front.title()).isEqualTo("Fever in adults");
        assertThat(front.sentences()).containsExactly("Body text.");

        Passage heading = MarkdownPassages.parse("b.md", "# Sore throat {#sore-throat}\nGargle with salt water.");
        assertThat(heading.id()).isEqualTo("sore-throat");
        assertThat(heading.title()).isEqualTo("Sore throat");
    }

    @Test
    void shouldRefuseAPassageWithoutAnId() {
        assertThatThrownBy(() -> MarkdownPassages.parse("c.md", "Just text."))
                .hasMessageContaining("c.md")
                .hasMessageContaining("id");
    }
}
