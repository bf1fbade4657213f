package org.careloop.inference.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Retrieval with the configured model, chunking and thresholds. A @QuarkusTest because the embedding model's
 * native tokenizer can be loaded by one class loader per JVM only.
 */
@QuarkusTest
class RetrievalTest {

    @Inject
    KnowledgeBase knowledgeBase;

    @Test
    void shouldRetrieveTheRightPassageForTypicalQuestions() {
        assertTop("I have had a temperature of 101 for two days and feel hot and achy", "fever-in-adults");
        assertTop(
                "Hi, this is [NAME_1]. My chest feels tight and the pain goes into my left arm",
                "chest-pain-when-to-seek-care");
        assertTop("Can you send a refill of my blood pressure pills to my pharmacy?", "prescription-refills");
        assertTop("It burns when I pee and I have to go all the time", "urinary-symptoms");
        assertTop("My husband's face is drooping on one side and his speech is slurred", "stroke-warning-signs");
        assertTop("I need to reschedule my appointment next week", "appointments-and-scheduling");
        assertTop(
                "My lab results in the portal say my cholesterol is high, what does that mean?",
                "lab-results-questions");
    }

    @Test
    void shouldRetrieveNothingForAnUnrelatedMessage() {
        assertThat(knowledgeBase
                        .retrieve("What is the best recipe for chocolate cake with walnuts?")
                        .passages())
                .isEmpty();
    }

    @Test
    void shouldPutThePassageForARedFlagFirstWhateverTheWording() {
        String message = "I don't want to be alive anymore and I have been thinking about ending it.";
        Retrieval r = knowledgeBase.retrieve(message, java.util.List.of("SUICIDAL_SELF_HARM"));
        assertThat(r.passageIds()).first().isEqualTo("mental-health-crisis");
        assertThat(r.passageIds()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void shouldNotLetRedFlagsPushOutMoreThanTopK() {
        Retrieval r = knowledgeBase.retrieve(
                "I feel unwell", java.util.List.of("SEVERE_BLEEDING", "STROKE", "CHEST_PAIN", "BLOOD_CLOT"));
        assertThat(r.passageIds()).hasSize(3);
    }

    @Test
    void shouldIgnorePlaceholdersWhenRetrieving() {
        assertThat(knowledgeBase.retrieve("[NAME_1] [DATE_1] [PHONE_1]").passages())
                .isEmpty();
    }

    private void assertTop(String message, String expected) {
        Retrieval r = knowledgeBase.retrieve(message);
        assertThat(r.passageIds()).as("passages for: %s", message).isNotEmpty();
        assertThat(r.passageIds().get(0))
                .as("best passage for: %s (scores %s)", message, r.passages())
                .isEqualTo(expected);
    }
}
