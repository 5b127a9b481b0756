package cn.petition.web;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine REST API (/engine-rest), answering errors in Chinese ({@link ChineseEngineErrors}) and checking the
 * variables it receives ({@link EngineRestVariableGuard}).
 */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    ChineseEngineErrors.PROVIDERS.forEach(this::register);
  }
}
