package cn.petition.engineapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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

  @Bean
  FilterRegistrationBean<ProcessStartGuard> processStartGuard(ObjectProvider<ProcessEngine> processEngine,
      ObjectMapper json, @Value("${spring.jersey.application-path:/engine-rest}") String restRoot,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappRoot) {
    var registration = new FilterRegistrationBean<>(
        new ProcessStartGuard(processEngine::getObject, json, restRoot, webappRoot));
    registration.setName("process-start-guard");
    registration.addUrlPatterns("/*");
    registration.setOrder(ORDER);
    return registration;
  }
}
