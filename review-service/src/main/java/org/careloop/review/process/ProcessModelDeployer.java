package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.quarkus.engine.extension.event.CamundaEngineStartupEvent;
import org.careloop.bpmn.PatientReplyModel;
import org.jboss.logging.Logger;

/** Deploys the patient-reply model from the careloop-bpmn jar; an unchanged model is not deployed again. */
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
      Deployment deployment = repositoryService.createDeployment()
          .name("careloop")
          .source("careloop-bpmn")
          .enableDuplicateFiltering(true)
          .addInputStream(PatientReplyModel.RESOURCE, model)
          .deploy();
      LOG.infof("process models deployed (deployment %s)", deployment.getId());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
