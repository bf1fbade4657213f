package org.careloop.review.process;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.careloop.bpmn.PatientReplyModel;
import org.careloop.bpmn.gate.DecisionTableVerifier;
import org.careloop.bpmn.gate.ReleaseGateVerifier;
import org.careloop.bpmn.gate.ShippedTableVerdict;
import org.careloop.bpmn.gate.Violation;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.support.Sha256;
import org.jboss.logging.Logger;

/**
 * Deploys the patient-reply model and the review-routing table from the careloop-bpmn jar once they pass the
 * release gate; an unchanged resource is not deployed again. Admin uploads go to their own deployment name
 * ("careloop-admin"), so a restart does not put the shipped version back on top of an admin's change.
 */
@ApplicationScoped
public class ProcessModelDeployer {

    public static final String DEPLOYMENT_NAME = "careloop";

    private static final Logger LOG = Logger.getLogger(ProcessModelDeployer.class);

    @Inject
    RepositoryService repositoryService;

    @Inject
    AuditLog audit;

    // At application start, not at the engine's own start event: that one can fire before Flyway has created
    // careloop's tables, and the deployment is audited in them.
    void deploy(@Observes StartupEvent event) {
        byte[] model = read(PatientReplyModel.RESOURCE);
        byte[] routing = read(PatientReplyModel.ROUTING_RESOURCE);
        // The deploy-time half of the invariant: no path to the release around a clinician's review.
        requireNoViolations(PatientReplyModel.RESOURCE, new ReleaseGateVerifier().verify(model));
        // The routing table's check (some 300 evaluations of it) was done by the build of the careloop-bpmn jar for
        // exactly these bytes, with the same verifier: its verdict stands; any other table is checked here.
        if (!ShippedTableVerdict.passedAtBuild(routing)) {
            requireNoViolations(PatientReplyModel.ROUTING_RESOURCE, new DecisionTableVerifier().verify(routing));
        }
        DeploymentWithDefinitions deployment = repositoryService
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("careloop-bpmn")
                .enableDuplicateFiltering(true)
                .addInputStream(PatientReplyModel.ROUTING_RESOURCE, new ByteArrayInputStream(routing))
                .addInputStream(PatientReplyModel.RESOURCE, new ByteArrayInputStream(model))
                .deployWithResult();
        // Every deployment is audited with the hash of its XML, the shipped ones too (unchanged ones are not deployed).
        if (deployment.getDeployedProcessDefinitions() != null
                && !deployment.getDeployedProcessDefinitions().isEmpty()) {
            audited(deployment.getId(), PatientReplyModel.RESOURCE, "BPMN", model);
        }
        if (deployment.getDeployedDecisionDefinitions() != null
                && !deployment.getDeployedDecisionDefinitions().isEmpty()) {
            audited(deployment.getId(), PatientReplyModel.ROUTING_RESOURCE, "DMN", routing);
        }
        LOG.infof("process models deployed (deployment %s)", deployment.getId());
    }

    private void audited(String deploymentId, String resourceName, String kind, byte[] xml) {
        audit.append(
                AuditType.MODEL_DEPLOYED,
                AuditLog.SYSTEM,
                null,
                null,
                null,
                Map.of(
                        "sha256",
                        Sha256.hex(xml),
                        "resourceName",
                        resourceName,
                        "kind",
                        kind,
                        "deploymentId",
                        deploymentId,
                        "source",
                        "careloop-bpmn"));
    }

    private static void requireNoViolations(String resource, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new IllegalStateException(resource + " fails the release gate: " + violations);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PatientReplyModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
