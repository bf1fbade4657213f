package org.careloop.review.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.careloop.bpmn.gate.DecisionTableVerifier;
import org.careloop.bpmn.gate.ReleaseGateVerifier;
import org.careloop.bpmn.gate.Violation;
import org.careloop.review.admin.AdminViews.DefinitionView;
import org.careloop.review.admin.AdminViews.DeployedDefinition;
import org.careloop.review.admin.AdminViews.DeploymentResult;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.errors.ApiException;
import org.careloop.review.support.Sha256;
import org.jboss.logging.Logger;

/**
 * Admins change flows and routing by deploying models, never code: every upload passes the release gate (BPMN) or
 * the decision-table check (DMN) first, and every deployment is audited with the SHA-256 of its XML. A new version
 * is used by new messages; running instances stay on the version they started with.
 */
@ApplicationScoped
public class ModelDeployments {

    public static final String DEPLOYMENT_NAME = "careloop-admin";
    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Pattern DMN_NS = Pattern.compile("https?://www\\.omg\\.org/spec/DMN/");
    private static final Pattern RESOURCE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.(bpmn|dmn)");

    private static final Logger LOG = Logger.getLogger(ModelDeployments.class);

    public enum Kind {
        BPMN,
        DMN
    }

    /** What became of an upload: deployed, or rejected with the reasons. */
    public record Outcome(DeploymentResult deployed, List<Violation> violations, String sha256) {}

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    AuditLog audit;

    public List<DefinitionView> definitions() {
        Map<String, Deployment> deployments = new HashMap<>();
        repositoryService.createDeploymentQuery().list().forEach(d -> deployments.put(d.getId(), d));
        List<DefinitionView> views = new ArrayList<>();
        repositoryService.createProcessDefinitionQuery().list().forEach(p -> {
            Deployment d = deployments.get(p.getDeploymentId());
            views.add(new DefinitionView(
                    "BPMN",
                    p.getId(),
                    p.getKey(),
                    p.getName(),
                    p.getVersion(),
                    p.getVersionTag(),
                    p.getDeploymentId(),
                    d == null ? null : d.getName(),
                    d == null || d.getDeploymentTime() == null
                            ? null
                            : d.getDeploymentTime().toInstant(),
                    p.getResourceName(),
                    runtimeService
                            .createProcessInstanceQuery()
                            .processDefinitionId(p.getId())
                            .count(),
                    runtimeService
                            .createIncidentQuery()
                            .processDefinitionId(p.getId())
                            .count()));
        });
        repositoryService.createDecisionDefinitionQuery().list().forEach(dd -> {
            Deployment d = deployments.get(dd.getDeploymentId());
            views.add(new DefinitionView(
                    "DMN",
                    dd.getId(),
                    dd.getKey(),
                    dd.getName(),
                    dd.getVersion(),
                    dd.getVersionTag(),
                    dd.getDeploymentId(),
                    d == null ? null : d.getName(),
                    d == null || d.getDeploymentTime() == null
                            ? null
                            : d.getDeploymentTime().toInstant(),
                    dd.getResourceName(),
                    null,
                    null));
        });
        views.sort(Comparator.comparing(DefinitionView::kind)
                .thenComparing(DefinitionView::key)
                .thenComparing(Comparator.comparingInt(DefinitionView::version).reversed()));
        return views;
    }

    /** Verifies and deploys one BPMN or DMN file; the audit record is written whether it is deployed or not. */
    @Transactional
    public Outcome deploy(byte[] xml, String requestedName, String admin) {
        String sha256 = Sha256.hex(xml);
        Kind kind = kindOf(xml, requestedName);
        String resourceName = resourceName(requestedName, kind);
        List<Violation> violations = verify(xml, kind);
        if (violations.isEmpty()) {
            try {
                return deployed(xml, resourceName, kind, sha256, admin);
            } catch (ProcessEngineException e) {
                // The engine's own parser found what the verifiers do not check (it names the element).
                violations = List.of(new Violation(
                        "(definitions)",
                        Violation.Rule.MALFORMED,
                        "The engine could not parse the model: " + e.getMessage(),
                        List.of()));
            }
        }
        return rejected(resourceName, kind, sha256, admin, violations);
    }

    private List<Violation> verify(byte[] xml, Kind kind) {
        if (kind == null) {
            return List.of(new Violation(
                    "(definitions)",
                    Violation.Rule.MALFORMED,
                    "The file is neither a BPMN 2.0 nor a DMN model.",
                    List.of()));
        }
        if (kind == Kind.DMN) {
            return new DecisionTableVerifier().verify(xml);
        }
        List<Violation> violations = new ReleaseGateVerifier().verify(xml);
        return violations.isEmpty() ? messagesOwnedElsewhere(xml) : violations;
    }

    /**
     * A message name belongs to one process: a second process waiting for {@code PatientAnswered} could be the one
     * that receives a patient's answer.
     */
    private List<Violation> messagesOwnedElsewhere(byte[] xml) {
        String key = ReleaseGateVerifier.processKey(xml);
        Set<String> names = ReleaseGateVerifier.messageNames(xml);
        List<Violation> violations = new ArrayList<>();
        for (ProcessDefinition other :
                repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            if (other.getKey().equals(key)) {
                continue;
            }
            repositoryService.getBpmnModelInstance(other.getId()).getModelElementsByType(Message.class).stream()
                    .map(Message::getName)
                    .filter(names::contains)
                    .forEach(name -> violations.add(new Violation(
                            "(definitions)",
                            Violation.Rule.MESSAGE_NOT_OWNED,
                            "The message '" + name + "' already belongs to the process " + other.getKey()
                                    + ": a message name may be waited for by one process only",
                            List.of())));
        }
        return violations;
    }

    private Outcome deployed(byte[] xml, String resourceName, Kind kind, String sha256, String admin) {
        DeploymentWithDefinitions deployment = repositoryService
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("admin:" + admin)
                .enableDuplicateFiltering(true)
                .addInputStream(resourceName, new ByteArrayInputStream(xml))
                .deployWithResult();
        List<DeployedDefinition> definitions = new ArrayList<>();
        if (deployment.getDeployedProcessDefinitions() != null) {
            deployment
                    .getDeployedProcessDefinitions()
                    .forEach(p ->
                            definitions.add(new DeployedDefinition("BPMN", p.getId(), p.getKey(), p.getVersion())));
        }
        if (deployment.getDeployedDecisionDefinitions() != null) {
            deployment
                    .getDeployedDecisionDefinitions()
                    .forEach(
                            d -> definitions.add(new DeployedDefinition("DMN", d.getId(), d.getKey(), d.getVersion())));
        }
        DeploymentResult result = new DeploymentResult(
                deployment.getId(), resourceName, kind.name(), sha256, definitions.isEmpty(), definitions);
        audit.append(
                AuditType.MODEL_DEPLOYED,
                admin,
                null,
                null,
                null,
                Map.of(
                        "sha256",
                        sha256,
                        "resourceName",
                        resourceName,
                        "kind",
                        kind.name(),
                        "deploymentId",
                        deployment.getId(),
                        "duplicate",
                        result.duplicate(),
                        "definitions",
                        String.join(
                                ",",
                                definitions.stream()
                                        .map(d -> d.key() + ":" + d.version())
                                        .toList())));
        LOG.infof("%s deployed %s (%s, deployment %s)", admin, resourceName, sha256, deployment.getId());
        return new Outcome(result, List.of(), sha256);
    }

    private Outcome rejected(String resourceName, Kind kind, String sha256, String admin, List<Violation> violations) {
        audit.append(
                AuditType.MODEL_REJECTED,
                admin,
                null,
                null,
                null,
                Map.of(
                        "sha256",
                        sha256,
                        "resourceName",
                        resourceName,
                        "kind",
                        kind == null ? "UNKNOWN" : kind.name(),
                        "violations",
                        violations.size(),
                        "elements",
                        String.join(
                                ",",
                                violations.stream()
                                        .map(Violation::elementId)
                                        .distinct()
                                        .toList())));
        LOG.infof("%s: upload %s rejected with %d violation(s)", admin, resourceName, violations.size());
        return new Outcome(null, violations, sha256);
    }

    static Kind kindOf(byte[] xml, String requestedName) {
        if (requestedName != null && requestedName.endsWith(".bpmn")) {
            return Kind.BPMN;
        }
        if (requestedName != null && requestedName.endsWith(".dmn")) {
            return Kind.DMN;
        }
        String head = new String(xml, 0, Math.min(xml.length, 4096), StandardCharsets.UTF_8);
        if (head.contains(BPMN_NS)) {
            return Kind.BPMN;
        }
        return DMN_NS.matcher(head).find() ? Kind.DMN : null;
    }

    static String resourceName(String requestedName, Kind kind) {
        if (requestedName == null || requestedName.isBlank()) {
            return kind == Kind.DMN ? "upload.dmn" : "upload.bpmn";
        }
        if (!RESOURCE_NAME.matcher(requestedName).matches()) {
            throw ApiException.badRequest("name must be a file name ending in .bpmn or .dmn (letters, digits, . _ -)");
        }
        return requestedName;
    }
}
