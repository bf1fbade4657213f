package org.careloop.policy.policy;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.careloop.policy.checks.DraftExemplars;
import org.careloop.policy.checks.DraftLexicon;
import org.careloop.policy.checks.DraftRules;
import org.careloop.policy.checks.StigmatisingTerms;
import org.careloop.policy.deid.DeidLexicon;
import org.careloop.policy.triage.PromptInjectionDetector;
import org.careloop.policy.triage.RedFlagCatalogue;
import org.careloop.policy.triage.TriageExemplars;

/**
 * The types PolicyDocuments reads from JSON with its own ObjectMapper, which a native image must keep reflectively
 * (constructors, record components and the types they hold); a JVM needs nothing of this. Native profile: k8s/README.md.
 */
@RegisterForReflection(
        targets = {
            PolicyManifest.class,
            VersionedDocument.class,
            DraftRules.class,
            DraftLexicon.class,
            StigmatisingTerms.class,
            DraftExemplars.class,
            DeidLexicon.class,
            RedFlagCatalogue.class,
            TriageExemplars.class,
            PromptInjectionDetector.Catalogue.class
        },
        registerFullHierarchy = true)
final class PolicyDocumentTypes {

    private PolicyDocumentTypes() {}
}
