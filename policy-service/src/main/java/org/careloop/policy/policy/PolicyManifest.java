package org.careloop.policy.policy;

import java.util.Map;

/**
 * The policy in force: its version and the classpath location of each catalogue. Changing any catalogue means
 * a new policy version.
 */
public record PolicyManifest(String version, String effectiveFrom, String description, Map<String, String> catalogues) {

    public static final String DEIDENTIFICATION = "deidentification";
    public static final String RED_FLAGS = "redFlags";
    public static final String PROMPT_INJECTION = "promptInjection";
    public static final String DRAFT_RULES = "draftRules";
    public static final String DRAFT_LEXICON = "draftLexicon";
    public static final String STIGMATISING_TERMS = "stigmatisingTerms";
    public static final String TRIAGE_EXEMPLARS = "triageExemplars";
    public static final String DRAFT_EXEMPLARS = "draftExemplars";

    public String catalogue(String name) {
        String resource = catalogues.get(name);
        if (resource == null) {
            throw new IllegalStateException("policy " + version + " names no catalogue '" + name + "'");
        }
        return resource;
    }

    public static PolicyManifest load(String resource) {
        return PolicyDocuments.readJson(resource, PolicyManifest.class);
    }
}
