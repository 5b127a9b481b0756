package cn.petition.web;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine REST API (/engine-rest), with our error answers ({@link EngineRestProblems}) and our check of the
 * variables it receives ({@link EngineRestVariableGuard}).
 */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  /** Our JAX-RS providers, on /engine-rest and on the webapps' engine API ({@link EngineRestWebappProviders}). */
  public static final List<Class<?>> PROVIDERS = Stream.concat(EngineRestProblemMappers.ALL.stream(),
      Stream.of(EngineRestVariableGuard.class)).toList();

  @Override
  protected void registerAdditionalResources() {
    // Also in Camunda's configuration classes once EngineRestWebappProviders has run: register each once.
    PROVIDERS.stream().filter(provider -> !isRegistered(provider)).forEach(this::register);
  }
}
