package org.careloop.bpmn.gate;

import java.util.Set;

/**
 * What the release gate allows. The defaults describe careloop's own delegates; a clinic that adds a delegate
 * adds it here, in code review, not in a model upload.
 *
 * @param releaseDelegates delegate expressions that publish text to a patient
 * @param draftingDelegates delegate expressions that produce model output
 * @param reviewGroups candidate groups whose members are clinicians allowed to approve
 * @param reviewGroupVariables variables that may name the review group (set by the routing decision)
 * @param delegateExpressions every delegate expression a model may name
 * @param classes Java classes a model may name (none by default)
 * @param modelOutputVariables process variables set from the model's output: no gateway may decide on them
 */
public record ReleaseGatePolicy(
        Set<String> releaseDelegates,
        Set<String> draftingDelegates,
        Set<String> reviewGroups,
        Set<String> reviewGroupVariables,
        Set<String> delegateExpressions,
        Set<String> classes,
        Set<String> modelOutputVariables) {

    public ReleaseGatePolicy {
        releaseDelegates = Set.copyOf(releaseDelegates);
        draftingDelegates = Set.copyOf(draftingDelegates);
        reviewGroups = Set.copyOf(reviewGroups);
        reviewGroupVariables = Set.copyOf(reviewGroupVariables);
        delegateExpressions = Set.copyOf(delegateExpressions);
        classes = Set.copyOf(classes);
        modelOutputVariables = Set.copyOf(modelOutputVariables);
    }

    public static ReleaseGatePolicy careloopDefaults() {
        return new ReleaseGatePolicy(
                // Both publish clinician-approved text to the patient: the reply, and the clinician's question.
                Set.of("${releaseReplyDelegate}", "${askPatientDelegate}"),
                Set.of("${draftReplyDelegate}"),
                Set.of("clinician", "senior-clinician", "on-call"),
                Set.of("reviewGroup"),
                Set.of(
                        "${screenMessageDelegate}",
                        "${draftReplyDelegate}",
                        "${checkDraftDelegate}",
                        "${releaseReplyDelegate}",
                        "${reviewTaskListener}",
                        "${showSafetyMessageDelegate}",
                        "${escalateReviewDelegate}",
                        "${askPatientDelegate}",
                        "${reviewRoutingListener}"),
                Set.of(),
                Set.of("draftText", "draftId", "draftCitations", "draftProvenance", "draftModel"));
    }
}
