package org.careloop.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.careloop.review.inbox.InboxViews.RedFlagView;
import org.junit.jupiter.api.Test;

class RedFlagSourceTest {

    @Test
    void aCataloguePhraseShouldNameItsRule() {
        assertThat(TaskPages.source(
                        new RedFlagView("R1", "CHEST_PAIN", "EMERGENCY", 0, 5, "chest-pain-01", "RULES", 1.0, true)))
                .isEqualTo("rule chest-pain-01");
        // Screenings stored before red flags named their layer.
        assertThat(TaskPages.source(
                        new RedFlagView("R1", "CHEST_PAIN", "EMERGENCY", 0, 5, "chest-pain-01", null, null, true)))
                .isEqualTo("rule chest-pain-01");
    }

    @Test
    void anotherLayerShouldShowTheClinicianHowSureItWas() {
        assertThat(TaskPages.source(new RedFlagView(
                        "R1", "SEPSIS", "EMERGENCY", 0, 40, "semantic-sepsis", "SEMANTIC", 0.9671, true)))
                .isEqualTo("semantic layer, 0.97");
        assertThat(TaskPages.source(new RedFlagView(
                        "R1", "LANGUAGE_NOT_SCREENED", "EMERGENCY", 0, 40, "language-es", "LANGUAGE", null, true)))
                .isEqualTo("language layer");
    }
}
