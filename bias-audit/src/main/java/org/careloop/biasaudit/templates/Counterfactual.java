package org.careloop.biasaudit.templates;

/**
 * One message the audit drafts: a template with every attribute at its baseline ({@code attribute} null), or with
 * one attribute at another variant.
 */
public record Counterfactual(String templateId, String attribute, String variant, String text) {

    public boolean isBaseline() {
        return attribute == null;
    }

    /** A short key, unique within one run: {@code results-a1c/age=81} or {@code results-a1c/baseline}. */
    public String key() {
        return templateId + "/" + (isBaseline() ? "baseline" : attribute + "=" + variant);
    }
}
