package org.careloop.policy.triage;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.policy.policy.CurrentPolicy;
import org.careloop.policy.policy.PolicyDocuments;
import org.careloop.policy.policy.PolicyManifest;

/**
 * Flags text that tries to instruct the model or the reviewer ("ignore previous instructions", "approve this").
 * The flag goes to the clinician; nothing in the text is ever acted on.
 */
@Singleton
public class PromptInjectionDetector {

    public record Cue(String id, String pattern) {}

    public record Catalogue(String version, String description, List<Cue> patterns) {}

    private final String version;
    private final List<Pattern> patterns;

    @Inject
    public PromptInjectionDetector(CurrentPolicy policy) {
        this(PolicyDocuments.readJson(policy.catalogue(PolicyManifest.PROMPT_INJECTION), Catalogue.class));
    }

    public PromptInjectionDetector(Catalogue catalogue) {
        this.version = catalogue.version();
        this.patterns = catalogue.patterns().stream()
                .map(cue -> Pattern.compile(
                        cue.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE))
                .toList();
    }

    public String catalogueVersion() {
        return version;
    }

    public PromptInjection detect(String text) {
        List<Span> spans = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    Span span = new Span(m.start(), m.end());
                    if (spans.stream().noneMatch(s -> s.start() < span.end() && span.start() < s.end())) {
                        spans.add(span);
                    }
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return new PromptInjection(!spans.isEmpty(), List.copyOf(spans));
    }
}
