package cn.petition.web;

import jakarta.servlet.ServletContext;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * The webapps (Tasklist, Cockpit) call their own copy of the engine REST API under /camunda/api/engine, a Jersey
 * application ({@code EngineRestApplication}) that Camunda registers itself and that takes its providers from
 * {@link CamundaRestResources#getConfigurationClasses()}, a shared mutable set, each time it starts (at its first
 * request). Adding our providers to that set at server startup gives the Tasklist the same answers as /engine-rest:
 * 409 in Chinese for a task someone else just completed, a refused start form as 400 naming its fields. (Jersey's
 * jersey.config.server.provider.classnames does not reach an Application that lists its own classes.)
 */
@Component
public class EngineRestWebappProviders implements ServletContextInitializer {

  @Override
  public void onStartup(ServletContext servletContext) {
    CamundaRestResources.getConfigurationClasses().addAll(EngineRestConfig.PROVIDERS);
  }
}
