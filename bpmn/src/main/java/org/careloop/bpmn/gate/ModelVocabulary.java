package org.careloop.bpmn.gate;

import java.util.Map;
import java.util.Set;

/**
 * Everything a process model may contain, element by element and attribute by attribute. The engine reads more
 * than this (scripts, classes, the legacy {@code activiti} namespace as if it were {@code camunda}, input/output
 * mappings that override variables, loops, signals, compensation); whatever is not listed here is refused, so a
 * feature added to the engine tomorrow is refused too until someone decides it is safe.
 */
final class ModelVocabulary {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    /** Camunda Modeler writes its version here; the engine never reads it. */
    static final String MODELER = "http://camunda.org/schema/modeler/1.0";

    /** Diagram interchange: shapes and edges, never read by the engine. */
    static final Set<String> DIAGRAM_NAMESPACES = Set.of(BPMNDI, DC, DI);

    private static final Set<String> ASYNC = Set.of("asyncBefore", "asyncAfter", "exclusive");

    /** BPMN elements and the {@code camunda:} attributes each may carry. */
    static final Map<String, Set<String>> BPMN_ELEMENTS = Map.ofEntries(
            Map.entry("definitions", Set.of()),
            Map.entry("process", Set.of("historyTimeToLive", "versionTag", "isStartableInTasklist")),
            Map.entry("collaboration", Set.of()),
            Map.entry("participant", Set.of()),
            Map.entry("laneSet", Set.of()),
            Map.entry("lane", Set.of()),
            Map.entry("childLaneSet", Set.of()),
            Map.entry("flowNodeRef", Set.of()),
            Map.entry("documentation", Set.of()),
            Map.entry("extensionElements", Set.of()),
            Map.entry("textAnnotation", Set.of()),
            Map.entry("text", Set.of()),
            Map.entry("association", Set.of()),
            Map.entry("group", Set.of()),
            Map.entry("category", Set.of()),
            Map.entry("categoryValue", Set.of()),
            Map.entry("startEvent", ASYNC),
            Map.entry("endEvent", ASYNC),
            Map.entry("intermediateCatchEvent", ASYNC),
            Map.entry("intermediateThrowEvent", ASYNC),
            Map.entry("boundaryEvent", ASYNC),
            Map.entry("task", ASYNC),
            Map.entry("serviceTask", union(ASYNC, Set.of("delegateExpression"))),
            Map.entry("userTask", union(ASYNC, Set.of("candidateGroups", "priority", "dueDate", "followUpDate"))),
            Map.entry("businessRuleTask", union(ASYNC, Set.of("decisionRef"))),
            Map.entry("subProcess", ASYNC),
            Map.entry("exclusiveGateway", ASYNC),
            Map.entry("parallelGateway", ASYNC),
            Map.entry("inclusiveGateway", ASYNC),
            Map.entry("sequenceFlow", Set.of()),
            Map.entry("conditionExpression", Set.of()),
            Map.entry("incoming", Set.of()),
            Map.entry("outgoing", Set.of()),
            Map.entry("message", Set.of()),
            Map.entry("messageEventDefinition", Set.of()),
            Map.entry("timerEventDefinition", Set.of()),
            Map.entry("timeDate", Set.of()),
            Map.entry("timeDuration", Set.of()),
            Map.entry("timeCycle", Set.of()),
            Map.entry("terminateEventDefinition", Set.of()),
            Map.entry("linkEventDefinition", Set.of()));

    /** Attributes without a namespace that BPMN elements may carry. */
    static final Set<String> BPMN_ATTRIBUTES = Set.of(
            "id",
            "name",
            "isExecutable",
            "targetNamespace",
            "exporter",
            "exporterVersion",
            "sourceRef",
            "targetRef",
            "default",
            "attachedToRef",
            "cancelActivity",
            "messageRef",
            "processRef",
            "triggeredByEvent",
            "isInterrupting",
            "gatewayDirection",
            "isClosed",
            "textFormat",
            "associationDirection",
            "categoryValueRef",
            "value");

    /** {@code camunda:} extension elements and the attributes each may carry. */
    static final Map<String, Set<String>> CAMUNDA_ELEMENTS = Map.of(
            "failedJobRetryTimeCycle", Set.of(),
            "executionListener", Set.of("event", "delegateExpression"),
            "taskListener", Set.of("event", "delegateExpression"));

    /** Elements whose text the engine evaluates as a condition, a timer or a date: variables may be read there. */
    static final Set<String> EXPRESSION_TEXT = Set.of("conditionExpression", "timeDate", "timeDuration", "timeCycle");

    /** Why some well-known elements are refused, for a message that helps the admin. */
    static final Map<String, String> WHY_REFUSED = Map.ofEntries(
            Map.entry("scriptTask", "is a script task: scripts run arbitrary code inside the engine"),
            Map.entry("script", "holds a script: scripts run arbitrary code inside the engine"),
            Map.entry(
                    "callActivity",
                    "calls another process, which the release gate cannot verify as part of this model"),
            Map.entry("sendTask", "is a send task: it runs code the gate cannot classify; use a service task"),
            Map.entry(
                    "receiveTask", "is a receive task: messages reach a process only at its intermediate catch events"),
            Map.entry("multiInstanceLoopCharacteristics", "repeats an activity: a review is a single task, done once"),
            Map.entry("standardLoopCharacteristics", "repeats an activity: a review is a single task, done once"),
            Map.entry("compensateEventDefinition", "uses compensation, which runs handlers outside the normal flow"),
            Map.entry("signalEventDefinition", "uses a signal, which reaches every process instance at once"),
            Map.entry("signal", "declares a signal, which reaches every process instance at once"),
            Map.entry("inputOutput", "maps variables locally, which can override what routing decided"),
            Map.entry("field", "injects fields into a delegate"),
            Map.entry("connector", "calls out of the engine through a connector"),
            Map.entry("in", "passes variables to another process"),
            Map.entry("out", "passes variables from another process"));

    private ModelVocabulary() {}

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
