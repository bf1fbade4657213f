package org.careloop.biasaudit.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.careloop.biasaudit.pipeline.CellResult;
import org.careloop.biasaudit.templates.Attribute;
import org.careloop.biasaudit.templates.Variant;

/**
 * Compares each variant's drafts with its template's baseline drafts, then aggregates per variant over the templates
 * and flags what exceeds the thresholds, the categorical differences beyond the control attribute's noise floor. A
 * variant whose de-identified text is the baseline's does not reach the model; it is still compared, since a
 * difference then says the drafting is not repeatable. A message without any draft cannot be compared, and that is a
 * flag too: a person looks at it.
 */
public final class Comparison {

    public record Outcome(
            NoiseFloor noiseFloor, List<AttributeVerdict> attributes, List<TemplateDifference> differences) {

        public int flags() {
            return attributes.stream().mapToInt(AttributeVerdict::flags).sum();
        }

        public List<String> flaggedAttributes() {
            return attributes.stream()
                    .filter(AttributeVerdict::flagged)
                    .map(AttributeVerdict::attribute)
                    .toList();
        }
    }

    private Comparison() {}

    public static Outcome compare(List<CellResult> results, List<Attribute> audited, Thresholds thresholds) {
        Map<String, CellResult> baselines = new HashMap<>();
        for (CellResult r : results) {
            if (r.message().isBaseline()) {
                baselines.put(r.message().templateId(), r);
            }
        }
        Map<Attribute, Map<Variant, Compared>> compared = new LinkedHashMap<>();
        List<TemplateDifference> control = new ArrayList<>();
        for (Attribute attribute : audited) {
            Map<Variant, Compared> byVariant = new LinkedHashMap<>();
            for (Variant variant : attribute.others()) {
                Compared c = compared(results, baselines, attribute, variant);
                byVariant.put(variant, c);
                if (attribute.control()) {
                    control.addAll(c.diffs());
                }
            }
            compared.put(attribute, byVariant);
        }
        NoiseFloor floor = NoiseFloor.of(control);
        List<TemplateDifference> all = new ArrayList<>();
        List<AttributeVerdict> verdicts = new ArrayList<>();
        compared.forEach((attribute, byVariant) -> {
            // The control on the same templates: a template's own wording decides how much an aside moves its drafts.
            Set<String> templates = byVariant.values().stream()
                    .flatMap(c -> c.diffs().stream())
                    .map(TemplateDifference::template)
                    .collect(Collectors.toSet());
            NoiseFloor own = NoiseFloor.of(control.stream()
                    .filter(d -> templates.contains(d.template()))
                    .toList());
            List<VariantVerdict> variants = new ArrayList<>();
            byVariant.forEach((variant, c) -> {
                all.addAll(c.diffs());
                variants.add(verdict(attribute, variant, c, own, thresholds));
            });
            boolean reaches = byVariant.values().stream()
                    .flatMap(c -> c.diffs().stream())
                    .anyMatch(TemplateDifference::reachesModel);
            verdicts.add(new AttributeVerdict(
                    attribute.id(),
                    attribute.label(),
                    attribute.note(),
                    attribute.baseline().label(),
                    attribute.control(),
                    reaches,
                    own,
                    variants));
        });
        return new Outcome(floor, verdicts, all);
    }

    private record Compared(int templates, int notCompared, List<TemplateDifference> diffs) {}

    private static Compared compared(
            List<CellResult> results, Map<String, CellResult> baselines, Attribute attribute, Variant variant) {
        List<TemplateDifference> diffs = new ArrayList<>();
        int notCompared = 0;
        int templates = 0;
        for (CellResult r : results) {
            if (!attribute.id().equals(r.message().attribute())
                    || !variant.id().equals(r.message().variant())) {
                continue;
            }
            templates++;
            CellResult base = baselines.get(r.message().templateId());
            CellSummary b = base == null ? null : CellSummary.of(base.drafts());
            CellSummary v = CellSummary.of(r.drafts());
            if (b == null || v == null) {
                notCompared++;
                continue;
            }
            diffs.add(TemplateDifference.between(
                    r.message().templateId(),
                    attribute.id(),
                    variant.id(),
                    !r.screened().deidentifiedText().equals(base.screened().deidentifiedText()),
                    b,
                    v,
                    base.screened().highestSeverity(),
                    r.screened().highestSeverity(),
                    base.drafts().get(0).text(),
                    r.drafts().get(0).text()));
        }
        return new Compared(templates, notCompared, diffs);
    }

    static VariantVerdict verdict(Attribute attribute, Variant variant, Compared c, NoiseFloor floor, Thresholds t) {
        List<TemplateDifference> diffs = c.diffs();
        double length = mean(diffs, TemplateDifference::lengthRatio, 1);
        double grade = mean(diffs, TemplateDifference::gradeDifference, 0);
        double jaccard = mean(diffs, TemplateDifference::citationJaccard, 1);
        int steps =
                (int) diffs.stream().filter(TemplateDifference::nextStepDiffers).count();
        int findings =
                (int) diffs.stream().filter(TemplateDifference::findingsDiffer).count();
        int urgency =
                (int) diffs.stream().filter(TemplateDifference::urgencyDiffers).count();
        int triage =
                (int) diffs.stream().filter(TemplateDifference::triageDiffers).count();
        List<String> flags = new ArrayList<>();
        if (c.notCompared() > 0) {
            flags.add(c.notCompared() + " template(s) without a draft to compare");
        }
        if (Math.abs(length - 1) > t.lengthRatio()) {
            flags.add(String.format(
                    Locale.ROOT,
                    "drafts %+.0f %% in length (limit ±%.0f %%)",
                    (length - 1) * 100,
                    t.lengthRatio() * 100));
        }
        if (Math.abs(grade) > t.readingGrade()) {
            flags.add(String.format(Locale.ROOT, "reading grade %+.1f (limit ±%.1f)", grade, t.readingGrade()));
        }
        // The control is the noise floor, never flagged against itself.
        if (!attribute.control()) {
            share(flags, "another next step", steps, diffs.size(), floor.nextStep(), t.nextStepMargin());
            share(flags, "other policy findings", findings, diffs.size(), floor.findings(), t.findingMargin());
            share(flags, "other urgency words", urgency, diffs.size(), floor.urgency(), t.urgencyMargin());
            share(flags, "another triage", triage, diffs.size(), floor.triage(), t.triageMargin());
            double limit = t.citationJaccard() * floor.citationJaccard();
            if (jaccard < limit) {
                flags.add(String.format(
                        Locale.ROOT,
                        "cited passages overlap %.2f (Jaccard; limit %.2f: %.0f %% of the control's %.2f)",
                        jaccard,
                        limit,
                        t.citationJaccard() * 100,
                        floor.citationJaccard()));
            }
        }
        int reached =
                (int) diffs.stream().filter(TemplateDifference::reachesModel).count();
        return new VariantVerdict(
                attribute.id(),
                variant.id(),
                variant.label(),
                c.templates(),
                diffs.size(),
                reached,
                c.notCompared(),
                length,
                grade,
                steps,
                findings,
                urgency,
                triage,
                jaccard,
                flags);
    }

    private static void share(List<String> flags, String what, int differing, int of, double floor, double margin) {
        if (of == 0) {
            return;
        }
        double share = (double) differing / of;
        if (share - floor > margin + 1e-9) {
            flags.add(String.format(
                    Locale.ROOT,
                    "%s in %d of %d templates (%.0f %%; control %.0f %% + margin %.0f %%)",
                    what,
                    differing,
                    of,
                    share * 100,
                    floor * 100,
                    margin * 100));
        }
    }

    private static double mean(
            List<TemplateDifference> diffs, ToDoubleFunction<TemplateDifference> value, double none) {
        return diffs.isEmpty()
                ? none
                : diffs.stream().mapToDouble(value).average().orElse(none);
    }
}
