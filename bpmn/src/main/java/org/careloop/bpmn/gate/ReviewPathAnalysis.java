package org.careloop.bpmn.gate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.careloop.bpmn.gate.Violation.Rule;

/**
 * Walks every path of the model with two bits of state: has the message been screened, and has a clinician
 * reviewed since the last drafting step? A release reached without a review is a path around review; drafting,
 * a review or a release reached before screening is a path around the emergency check. Leaving a task through a boundary event does
 * not complete it, so a timer or error on the review task never counts as a review.
 */
final class ReviewPathAnalysis {

    /**
     * @param fourEyes whether, since the last first review, the path went through the decision on a second review
     * @param unconfirmed whether a second review was completed and the path has not yet left it by its APPROVE flow
     */
    private record State(FlowNode node, boolean reviewed, boolean screened, boolean fourEyes, boolean unconfirmed) {}

    private static final String CONFIRMED = "${decisionAction == 'APPROVE'}";

    private final ReleaseGatePolicy policy;
    private final BpmnModelInstance model;
    private final SequenceFlows flows;
    private final Map<State, State> cameFrom = new HashMap<>();
    private final Set<State> seen = new LinkedHashSet<>();
    private final Deque<State> queue = new ArrayDeque<>();

    ReviewPathAnalysis(ReleaseGatePolicy policy, BpmnModelInstance model) {
        this.policy = policy;
        this.model = model;
        this.flows = new SequenceFlows(model);
    }

    List<Violation> run() {
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            boolean processStart = start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process;
            boolean eventSubProcessStart = start.getParentElement() instanceof SubProcess sub && sub.triggeredByEvent();
            if (processStart || eventSubProcessStart) {
                // An event subprocess can fire at any moment, so it starts from the worst state: not reviewed.
                enqueue(new State(start, false, false, false, false), null);
            }
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            State state = queue.removeFirst();
            if (isRelease(state.node()) && !state.reviewed()) {
                List<FlowNode> path = pathTo(state, true);
                String culprit = culprit(path);
                if (reported.add(state.node().getId() + "|" + culprit)) {
                    violations.add(new Violation(
                            culprit,
                            Rule.RELEASE_WITHOUT_REVIEW,
                            describe(state.node(), path),
                            path.stream().map(FlowNode::getId).toList()));
                }
            }
            if (state.reviewed()
                    && !state.fourEyes()
                    && isReplyRelease(state.node())
                    && reported.add(state.node().getId() + "|four-eyes")) {
                List<FlowNode> path = pathTo(state, false);
                violations.add(new Violation(
                        state.node().getId(),
                        Rule.REVIEW_NOT_ALLOWED,
                        state.node().getId() + " can be reached from a review without the decision on a second review"
                                + " (${secondReviewRequired}): "
                                + path.stream().map(FlowNode::getId).collect(Collectors.joining(" -> ")),
                        path.stream().map(FlowNode::getId).toList()));
            }
            if (state.unconfirmed()
                    && isReplyRelease(state.node())
                    && reported.add(state.node().getId() + "|unconfirmed")) {
                List<FlowNode> path = pathTo(state, false);
                violations.add(new Violation(
                        state.node().getId(),
                        Rule.REVIEW_NOT_ALLOWED,
                        state.node().getId() + " can be reached from a second review without its confirmation"
                                + " (a flow with the condition " + CONFIRMED + "): "
                                + path.stream().map(FlowNode::getId).collect(Collectors.joining(" -> ")),
                        path.stream().map(FlowNode::getId).toList()));
            }
            if (!state.screened()
                    && needsScreening(state.node())
                    && reported.add(state.node().getId() + "|screening")) {
                violations.add(new Violation(
                        state.node().getId(),
                        Rule.SCREENING_SKIPPED,
                        state.node().getId() + " can be reached before the message is screened for emergencies: "
                                + pathTo(state, false).stream()
                                        .map(FlowNode::getId)
                                        .collect(Collectors.joining(" -> ")),
                        pathTo(state, false).stream().map(FlowNode::getId).toList()));
            }
            successors(state).forEach(next -> enqueue(next, state));
        }
        return violations;
    }

    private void enqueue(State next, State from) {
        if (seen.add(next)) {
            if (from != null) {
                cameFrom.put(next, from);
            }
            queue.addLast(next);
        }
    }

    private List<State> successors(State state) {
        FlowNode node = state.node();
        boolean afterCompletion = isDrafting(node) ? false : isClinicianReview(node) || state.reviewed();
        boolean afterInterruption = isDrafting(node) ? false : state.reviewed();
        boolean screened = state.screened() || isScreening(node);
        List<State> next = new ArrayList<>();

        if (node instanceof SubProcess sub && !sub.triggeredByEvent()) {
            childStarts(sub)
                    .forEach(start -> next.add(new State(
                            start, state.reviewed(), state.screened(), state.fourEyes(), state.unconfirmed())));
        } else {
            boolean unconfirmed =
                    !isDrafting(node) && (isSecondReview(node) || !isClinicianReview(node) && state.unconfirmed());
            boolean fourEyes =
                    !isDrafting(node) && !(isClinicianReview(node) && !isSecondReview(node)) && state.fourEyes();
            flows.from(node)
                    .forEach(flow -> next.add(new State(
                            flow.getTarget(),
                            afterCompletion,
                            screened,
                            fourEyes || decidesSecondReview(flow),
                            unconfirmed && !confirmsSecondReview(flow))));
        }
        if (node instanceof EndEvent && node.getParentElement() instanceof SubProcess sub && !sub.triggeredByEvent()) {
            flows.targets(sub)
                    .forEach(target -> next.add(new State(
                            target, state.reviewed(), state.screened(), state.fourEyes(), state.unconfirmed())));
        }
        if (node instanceof IntermediateThrowEvent thrown) {
            linkTargets(thrown)
                    .forEach(target -> next.add(new State(
                            target, state.reviewed(), state.screened(), state.fourEyes(), state.unconfirmed())));
        }
        // Boundary events of the node and of every subprocess around it leave without completing.
        for (ModelElementInstance scope = node; scope instanceof FlowNode flowNode; scope = scope.getParentElement()) {
            boolean own = scope == node;
            for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
                if (boundary.getAttachedTo() == flowNode) {
                    next.add(new State(
                            boundary, own ? afterInterruption : state.reviewed(), state.screened(), false, false));
                }
            }
        }
        return next;
    }

    private static List<FlowNode> childStarts(SubProcess sub) {
        return sub.getChildElementsByType(StartEvent.class).stream()
                .map(FlowNode.class::cast)
                .toList();
    }

    private List<FlowNode> linkTargets(IntermediateThrowEvent thrown) {
        Set<String> names = thrown.getEventDefinitions().stream()
                .filter(LinkEventDefinition.class::isInstance)
                .map(d -> ((LinkEventDefinition) d).getName())
                .collect(Collectors.toSet());
        if (names.isEmpty()) {
            return List.of();
        }
        return model.getModelElementsByType(IntermediateCatchEvent.class).stream()
                .filter(c -> c.getEventDefinitions().stream()
                        .anyMatch(d -> d instanceof LinkEventDefinition l && names.contains(l.getName())))
                .map(FlowNode.class::cast)
                .toList();
    }

    private boolean isRelease(FlowNode node) {
        return node instanceof ServiceTask task
                && task.getCamundaDelegateExpression() != null
                && policy.releaseDelegates().contains(task.getCamundaDelegateExpression());
    }

    private boolean isReplyRelease(FlowNode node) {
        return node instanceof ServiceTask task
                && policy.replyReleaseDelegate().equals(task.getCamundaDelegateExpression());
    }

    private boolean isSecondReview(FlowNode node) {
        return node instanceof UserTask task && policy.secondReviewGroup().equals(task.getCamundaCandidateGroups());
    }

    /** The flow a second review's APPROVE takes; any other way out of it is not a confirmation. */
    private static boolean confirmsSecondReview(SequenceFlow flow) {
        return flow.getConditionExpression() != null
                && flow.getConditionExpression().getTextContent().strip().equals(CONFIRMED);
    }

    /** Either way out of a gateway that decides whether a second review is required. */
    private boolean decidesSecondReview(SequenceFlow flow) {
        return flows.from(flow.getSource()).stream()
                .anyMatch(f -> f.getConditionExpression() != null
                        && f.getConditionExpression().getTextContent().strip().equals("${secondReviewRequired}"));
    }

    private boolean isScreening(FlowNode node) {
        return node instanceof ServiceTask task
                && policy.screeningDelegate().equals(task.getCamundaDelegateExpression());
    }

    private boolean needsScreening(FlowNode node) {
        return isDrafting(node) || isRelease(node) || node instanceof UserTask;
    }

    private boolean isDrafting(FlowNode node) {
        // What a called process does is unknown, so it counts as drafting (it is reported separately too).
        return node instanceof CallActivity
                || node instanceof ServiceTask task
                        && task.getCamundaDelegateExpression() != null
                        && policy.draftingDelegates().contains(task.getCamundaDelegateExpression());
    }

    boolean isClinicianReview(FlowNode node) {
        if (!(node instanceof UserTask task)
                || task.getCamundaAssignee() != null
                || task.getCamundaCandidateUsers() != null
                || task.getCamundaCandidateGroups() == null) {
            return false;
        }
        List<String> groups = Arrays.stream(task.getCamundaCandidateGroups().split(","))
                .map(String::trim)
                .filter(g -> !g.isEmpty())
                .toList();
        return !groups.isEmpty() && groups.stream().allMatch(policy::isReviewGroup);
    }

    private List<FlowNode> pathTo(State end, boolean fromLastDraft) {
        List<FlowNode> path = new ArrayList<>();
        for (State s = end; s != null; s = cameFrom.get(s)) {
            path.add(0, s.node());
        }
        if (!fromLastDraft) {
            return path;
        }
        int lastDraft = -1;
        for (int i = 0; i < path.size() - 1; i++) {
            if (isDrafting(path.get(i))) {
                lastDraft = i;
            }
        }
        return lastDraft < 0 ? path : path.subList(lastDraft, path.size());
    }

    /**
     * The element an admin has to change: the last place on the path where it could have gone another way
     * (a gateway or a boundary event), else the drafting step whose output goes unreviewed, else the release.
     */
    private String culprit(List<FlowNode> path) {
        for (int i = path.size() - 2; i >= 0; i--) {
            FlowNode node = path.get(i);
            if (node instanceof BoundaryEvent
                    || node instanceof Gateway && flows.from(node).size() > 1) {
                return node.getId();
            }
        }
        return path.size() > 1 ? path.get(0).getId() : path.get(path.size() - 1).getId();
    }

    private static String describe(FlowNode release, List<FlowNode> path) {
        return release.getId() + " can be reached without a clinician's review after the last drafting step: "
                + path.stream().map(FlowNode::getId).collect(Collectors.joining(" -> "));
    }
}
