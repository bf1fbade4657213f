package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.quarkus.engine.extension.event.CamundaEngineStartupEvent;
import org.careloop.bpmn.PatientReplyModel;
import org.careloop.bpmn.gate.ReleaseGateVerifier;
import org.careloop.bpmn.gate.Violation;
import org.jboss.logging.Logger;

/**
 * Deploys the patient-reply model from the careloop-bpmn jar once it passes the release gate; an unchanged
 * model is not deployed again.
 */
@ApplicationScoped
public class ProcessModelDeployer {

  private static final Logger LOG = Logger.getLogger(ProcessModelDeployer.class);

  @Inject
  RepositoryService repositoryService;

  void deploy(@Observes CamundaEngineStartupEvent event) {
    try (InputStream model = PatientReplyModel.class.getClassLoader().getResourceAsStream(PatientReplyModel.RESOURCE)) {
      if (model == null) {
        throw new IllegalStateException(PatientReplyModel.RESOURCE + " is not on the classpath");
      }
      byte[] xml = model.readAllBytes();
      // The deploy-time half of the invariant: no path to the release around a clinician's review.
      List<Violation> violations = new ReleaseGateVerifier().verify(xml);
      if (!violations.isEmpty()) {
        throw new IllegalStateException(PatientReplyModel.RESOURCE + " fails the release gate: " + violations);
      }
      Deployment deployment = repositoryService.createDeployment()
          .name("careloop")
          .source("careloop-bpmn")
          .enableDuplicateFiltering(true)
          .addInputStream(PatientReplyModel.RESOURCE, new ByteArrayInputStream(xml))
          .deploy();
      LOG.infof("process models deployed (deployment %s)", deployment.getId());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
