package cn.petition.engineapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link ProcessStartGuard} in front of every request, ahead of the engine REST API's and the webapps' own
 * filters, so it sees each spelling of an engine API path before anything serves it.
 */
@Configuration
public class EngineApiGuardConfig {

  /** Right after Spring Security's filter chain (order -100), before Camunda's filters. */
  static final int ORDER = -90;

  /**
   * @param restRoot where Jersey serves the engine REST API (spring.jersey.application-path, else Camunda's
   *     /engine-rest)
   * @param camunda camunda.bpm.*, for the webapps' path
   */
  @Bean
  FilterRegistrationBean<ProcessStartGuard> processStartGuard(ObjectProvider<ProcessEngine> processEngine,
      ObjectMapper json, JerseyApplicationPath restRoot, CamundaBpmProperties camunda) {
    var registration = new FilterRegistrationBean<>(new ProcessStartGuard(processEngine::getObject, json,
        restRoot.getPath(), camunda.getWebapp().getApplicationPath()));
    registration.setName("process-start-guard");
    registration.addUrlPatterns("/*");
    registration.setOrder(ORDER);
    return registration;
  }
}
