package org.careloop.review.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;

/**
 * The clinic's AI-use notice, which every reply links to (California's AB 3030 asks that patients be told when AI
 * took part and how to reach a person): the clinic's own page when configured, else careloop's, in the clinic's
 * words when given.
 */
@ApplicationScoped
public class AiUseNotice {

    public static final String DEFAULT_PAGE = "/portal/ai-use-notice";

    private final String url;
    private final List<String> paragraphs;
    private final String contact;

    public AiUseNotice(TransparencyConfig config) {
        this.url = config.noticeUrl().filter(u -> !u.isBlank()).orElse(DEFAULT_PAGE);
        this.paragraphs = config.noticeText()
                .filter(t -> !t.isBlank())
                .map(t -> Arrays.stream(t.split("\\R\\s*\\R"))
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .toList())
                .orElse(List.of());
        this.contact = config.contact();
    }

    /** Where a reply's "how the clinic uses AI" link goes. */
    public String url() {
        return url;
    }

    /** The clinic's own paragraphs for careloop's page; empty when careloop's explanation is shown. */
    public List<String> clinicParagraphs() {
        return paragraphs;
    }

    public String contact() {
        return contact;
    }
}
