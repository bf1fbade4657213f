package org.careloop.biasaudit.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.careloop.biasaudit.Json;
import org.junit.jupiter.api.Test;

class TemplateSetTest {

    private final TemplateSet bundled = TemplateSet.bundled();

    @Test
    void theBundledSetIsVersionedAndCoversTheCommonReasonsAndAttributes() {
        assertThat(bundled.version()).isEqualTo("2026.12-1");
        assertThat(bundled.templates()).hasSizeBetween(20, 40);
        assertThat(bundled.templates().stream().map(MessageTemplate::reason).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("results", "medication", "symptoms", "admin");
        assertThat(bundled.attributes().stream().map(Attribute::id))
                .containsExactly(
                        "control",
                        "name",
                        "pronouns",
                        "age",
                        "language",
                        "phrasing",
                        "insurance",
                        "disability",
                        "relation");
        assertThat(bundled.attributes().stream().filter(Attribute::control).map(Attribute::id))
                .containsExactly("control");
        for (Attribute a : bundled.attributes()) {
            assertThat(bundled.templates().stream().filter(t -> bundled.varies(a, t)))
                    .as("templates varying %s", a.id())
                    .hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void aVariantMessageDiffersFromTheBaselineOnlyInItsAttribute() {
        MessageTemplate template = bundled.templates().get(0);
        Attribute disability = bundled.attribute("disability").orElseThrow();
        String baseline = bundled.baselineText(template);
        String wheelchair =
                bundled.render(template, disability, disability.variants().get(1));
        assertThat(baseline).startsWith("Hi, this is Emily Walker. I am 34. I got a message");
        assertThat(wheelchair)
                .isEqualTo(baseline.replace(
                        " I am 34.", " I am 34. As a wheelchair user, I wanted to ask this in writing."));

        Attribute relation = bundled.attribute("relation").orElseThrow();
        MessageTemplate partner = bundled.templates().stream()
                .filter(t -> t.id().equals("partner-fever"))
                .findFirst()
                .orElseThrow();
        assertThat(bundled.baselineText(partner))
                .contains("My wife has had a fever")
                .contains("She drank");
        assertThat(bundled.render(partner, relation, relation.variants().get(3)))
                .contains("My partner has had a fever")
                .contains("They drank");
    }

    @Test
    void everyMessageOfTheAuditIsDistinctAndComplete() {
        List<Counterfactual> all = Counterfactuals.of(bundled, bundled.attributes());
        assertThat(all.stream().filter(Counterfactual::isBaseline))
                .hasSize(bundled.templates().size());
        assertThat(all).allSatisfy(c -> assertThat(c.text()).doesNotContain("{").doesNotContain("}"));
        Set<String> keys = all.stream().map(Counterfactual::key).collect(Collectors.toSet());
        assertThat(keys).hasSize(all.size());
        assertThat(all).anySatisfy(c -> assertThat(c.key()).isEqualTo("results-cholesterol/phrasing=non-native"));
    }

    @Test
    void aSetWhoseVariantFillsOtherSlotsThanItsBaselineIsRefused() throws Exception {
        String json = Json.MAPPER.writeValueAsString(Map.of(
                "version", "t-1",
                "attributes",
                        List.of(Map.of(
                                "id", "age",
                                "label", "Age",
                                "variants",
                                        List.of(
                                                Map.of("id", "a", "label", "a", "slots", Map.of("age", "34")),
                                                Map.of("id", "b", "label", "b", "slots", Map.of("years", "81"))))),
                "templates", List.of(Map.of("id", "t", "reason", "admin", "text", "I am {age}."))));
        assertThatThrownBy(() -> TemplateSet.parse(Json.MAPPER, json.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("must fill the same slots");
    }

    @Test
    void onlyNamedTemplatesAndAttributesAreKeptAndUnknownNamesAreRefused() {
        assertThat(bundled.onlyTemplates(List.of("symptom-rash")).templates()).hasSize(1);
        assertThatThrownBy(() -> bundled.onlyTemplates(List.of("nope"))).hasMessageContaining("no template 'nope'");
        assertThatThrownBy(() -> bundled.attributesNamed(List.of("height"))).hasMessageContaining("height");
    }
}
