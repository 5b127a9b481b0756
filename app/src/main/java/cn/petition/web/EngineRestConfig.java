package cn.petition.web;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine REST API (/engine-rest), with our error answers ({@link EngineRestProblems}). */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    // Also in Camunda's configuration classes once EngineRestWebappProviders has run: register each once.
    EngineRestProblemMappers.ALL.stream().filter(mapper -> !isRegistered(mapper)).forEach(this::register);
  }
}
