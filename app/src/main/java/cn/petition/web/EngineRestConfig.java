package cn.petition.web;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine REST API (/engine-rest), answering errors in Chinese ({@link ChineseEngineErrors}). */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    ChineseEngineErrors.MAPPERS.forEach(this::register);
  }
}
