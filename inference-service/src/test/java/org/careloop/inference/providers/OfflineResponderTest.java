package org.careloop.inference.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.careloop.inference.knowledge.Citation;
import org.careloop.inference.knowledge.KnowledgeBase;
import org.careloop.inference.knowledge.Retrieval;
import org.junit.jupiter.api.Test;

@QuarkusTest // the embedding model's native tokenizer loads in one class loader per JVM: Quarkus's
class OfflineResponderTest {

    @Inject
    KnowledgeBase knowledgeBase;

    private final OfflineResponder responder = new OfflineResponder(4, 0.30);

    @Test
    void shouldGreetThePatientByTheirPlaceholderExactly() {
        DraftOutput out = draft("Hi, this is [NAME_1]. I have had a fever of 101 since [DATE_1].", List.of());
        assertThat(out.text()).startsWith("Hello [NAME_1],\n\n");
    }

    @Test
    void shouldGreetNeutrallyWhenThePatientIsNotNamedAtTheStart() {
        DraftOutput out =
                draft("I have had a fever of 101 for two days. My neighbour [NAME_2] is sick too.", List.of());
        assertThat(out.text()).startsWith("Hello,\n\n").doesNotContain("Hello [NAME_2]");
    }

    @Test
    void shouldQuoteAndCiteOnlyRetrievedPassagesWithExactOffsets() {
        String message = "Hello, this is [NAME_1]. It burns when I pee and I need to go all the time.";
        Retrieval retrieval = knowledgeBase.retrieve(message);
        DraftOutput out = responder.draft(input(message, List.of(), retrieval));

        assertThat(out.citations()).isNotEmpty();
        assertThat(out.citations()).extracting(Citation::passageId).isSubsetOf(retrieval.passageIds());
        assertThat(out.passageIds()).isSubsetOf(retrieval.passageIds()).contains("urinary-symptoms");
        for (Citation c : out.citations()) {
            String quoted = out.text().substring(c.start(), c.end());
            var passage = retrieval.index().passage(c.passageId());
            assertThat(passage.text())
                    .as("cited span is the passage's own text")
                    .contains(quoted.split("(?<=[.!?]) ")[0]);
            assertThat(c.title()).isEqualTo(passage.title());
        }
        assertThat(out.text()).endsWith(ReplyParts.CARE_TEAM_GUIDANCE);
        assertThat(out.model()).isEqualTo("offline-extractive");
        assertThat(out.inputTokens()).isZero();
    }

    @Test
    void shouldSayHonestlyWhenNothingMatchesAndMakeNoClaims() {
        DraftOutput out = draft("What is the best recipe for chocolate cake with walnuts?", List.of());
        assertThat(out.citations()).isEmpty();
        assertThat(out.passageIds()).isEmpty();
        assertThat(out.text()).contains("could not find information").endsWith(ReplyParts.CARE_TEAM_GUIDANCE);
    }

    @Test
    void shouldPutEmergencyAdviceFirstWhenThereAreRedFlags() {
        DraftOutput out = draft("Hi, this is [NAME_1]. I have chest pain since this morning.", List.of("CHEST_PAIN"));
        assertThat(out.text()).startsWith("Hello [NAME_1],\n\n" + ReplyParts.RED_FLAG_NOTICE);
        assertThat(out.passageIds()).contains("chest-pain-when-to-seek-care");
    }

    @Test
    void shouldNeverAlterOrInventPlaceholders() {
        DraftOutput out = draft("[NAME_1] here. My back hurts since I lifted boxes on [DATE_1].", List.of());
        assertThat(out.text())
                .contains("[NAME_1]")
                .doesNotContain("[DATE_1]")
                .doesNotContainPattern("\\[(?!NAME_1])[A-Z]+_\\d+]");
    }

    private DraftOutput draft(String message, List<String> redFlags) {
        return responder.draft(input(message, redFlags, knowledgeBase.retrieve(message)));
    }

    private static DraftInput input(String message, List<String> redFlags, Retrieval retrieval) {
        return new DraftInput(message, redFlags, retrieval, DraftPrompt.render(message, redFlags, retrieval));
    }
}
