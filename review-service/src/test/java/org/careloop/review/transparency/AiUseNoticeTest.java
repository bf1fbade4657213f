package org.careloop.review.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AiUseNoticeTest {

    @Test
    void shouldLinkToCareloopsPageWithItsOwnExplanationUnlessTheClinicConfiguredOne() {
        AiUseNotice notice = new AiUseNotice(config(Optional.empty(), Optional.of("  ")));

        assertThat(notice.url()).isEqualTo("/portal/ai-use-notice");
        assertThat(notice.clinicParagraphs()).isEmpty();
        assertThat(notice.contact()).isEqualTo("Call 555-0100.");
    }

    @Test
    void shouldLinkToTheClinicsNoticeAndShowItsParagraphs() {
        AiUseNotice notice = new AiUseNotice(config(
                Optional.of("https://clinic.example/ai-notice"),
                Optional.of("We use AI to draft answers.\n\n  A clinician approves each one. \n \nAsk us anything.")));

        assertThat(notice.url()).isEqualTo("https://clinic.example/ai-notice");
        assertThat(notice.clinicParagraphs())
                .containsExactly("We use AI to draft answers.", "A clinician approves each one.", "Ask us anything.");
    }

    private static TransparencyConfig config(Optional<String> url, Optional<String> text) {
        return new TransparencyConfig() {
            @Override
            public Optional<String> noticeUrl() {
                return url;
            }

            @Override
            public Optional<String> noticeText() {
                return text;
            }

            @Override
            public String contact() {
                return "Call 555-0100.";
            }
        };
    }
}
