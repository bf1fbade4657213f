package org.careloop.bpmn.gate;

import java.util.Set;

/**
 * What the release gate allows. The defaults describe careloop's own delegates; a clinic that adds a delegate
 * adds it here, in code review, not in a model upload. Each delegate has one place it may appear: service tasks
 * for the steps, one task listener for reviews, one execution listener for routing.
 *
 * @param releaseDelegates delegate expressions that publish text to a patient
 * @param replyReleaseDelegate the release of the reply itself, which a second review may have to confirm first
 * @param draftingDelegates delegate expressions that produce model output
 * @param screeningDelegate the delegate that de-identifies and screens the patient's message
 * @param safetyMessageDelegate the delegate that shows the fixed safety message for an emergency
 * @param serviceTaskDelegates every delegate expression a service task may name
 * @param reviewTaskListener the task listener every review carries (on create)
 * @param routingListener the execution listener the routing task carries (on end)
 * @param routingDecision the decision key the routing task must evaluate
 * @param secondReviewGroup the only group a second review may be offered to
 * @param reviewGroups candidate groups whose members are clinicians allowed to approve
 * @param reviewGroupVariables variables that may name the review group (set by the routing decision)
 * @param modelOutputVariables process variables set from the model's output: no gateway may decide on them
 */
public record ReleaseGatePolicy(
        Set<String> releaseDelegates,
        String replyReleaseDelegate,
        Set<String> draftingDelegates,
        String screeningDelegate,
        String safetyMessageDelegate,
        Set<String> serviceTaskDelegates,
        String reviewTaskListener,
        String routingListener,
        String routingDecision,
        String secondReviewGroup,
        Set<String> reviewGroups,
        Set<String> reviewGroupVariables,
        Set<String> modelOutputVariables) {

    public ReleaseGatePolicy {
        releaseDelegates = Set.copyOf(releaseDelegates);
        draftingDelegates = Set.copyOf(draftingDelegates);
        serviceTaskDelegates = Set.copyOf(serviceTaskDelegates);
        reviewGroups = Set.copyOf(reviewGroups);
        reviewGroupVariables = Set.copyOf(reviewGroupVariables);
        modelOutputVariables = Set.copyOf(modelOutputVariables);
    }

    /** A listed clinical group, or {@code ${variable}} naming one of the variables routing sets. */
    public boolean isReviewGroup(String group) {
        if (group.startsWith("${") && group.endsWith("}")) {
            return reviewGroupVariables.contains(
                    group.substring(2, group.length() - 1).trim());
        }
        return reviewGroups.contains(group);
    }

    public static ReleaseGatePolicy careloopDefaults() {
        return new ReleaseGatePolicy(
                // Both publish clinician-approved text to the patient: the reply, and the clinician's question.
                Set.of("${releaseReplyDelegate}", "${askPatientDelegate}"),
                "${releaseReplyDelegate}",
                Set.of("${draftReplyDelegate}"),
                "${screenMessageDelegate}",
                "${showSafetyMessageDelegate}",
                Set.of(
                        "${screenMessageDelegate}",
                        // Screens a message that was not screened in time, beside its open review; it never opens one.
                        "${screenBesideReviewDelegate}",
                        "${draftReplyDelegate}",
                        "${checkDraftDelegate}",
                        // Routes the open review again once its draft is checked: only ever stricter.
                        "${routeCheckedDraftDelegate}",
                        "${releaseReplyDelegate}",
                        "${showSafetyMessageDelegate}",
                        "${escalateReviewDelegate}",
                        "${askPatientDelegate}"),
                "${reviewTaskListener}",
                "${reviewRoutingListener}",
                "review-routing",
                "senior-clinician",
                Set.of("clinician", "senior-clinician", "on-call"),
                Set.of("reviewGroup"),
                Set.of("draftText", "draftId", "draftCitations", "draftProvenance", "draftModel"));
    }
}
