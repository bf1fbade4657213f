package org.careloop.bpmn.gate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * The flows out of each node as the engine follows them: from each sequence flow's {@code sourceRef} and
 * {@code targetRef}. A node's {@code <outgoing>} children are only a hint for editors; the engine ignores them,
 * so a model whose hints lie must not mislead the gate.
 */
final class SequenceFlows {

    private final Map<FlowNode, List<SequenceFlow>> outgoing = new HashMap<>();

    SequenceFlows(BpmnModelInstance model) {
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            outgoing.computeIfAbsent(flow.getSource(), n -> new ArrayList<>()).add(flow);
        }
    }

    List<SequenceFlow> from(FlowNode node) {
        return outgoing.getOrDefault(node, List.of());
    }

    List<FlowNode> targets(FlowNode node) {
        return from(node).stream().map(SequenceFlow::getTarget).toList();
    }
}
