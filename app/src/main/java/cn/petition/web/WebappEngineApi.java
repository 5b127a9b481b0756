package cn.petition.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine API the Camunda webapps call themselves (/camunda/api/engine/*, e.g. when the Tasklist
 * submits a start form), with errors in Chinese ({@link ChineseEngineErrors}). Registers the servlet
 * "Engine Api" before Camunda's webapp initializer does, with Camunda's application plus our mappers;
 * Camunda's initializer then keeps this registration.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WebappEngineApi implements ServletContextInitializer {

  /** The servlet name Camunda's webapp initializer uses for /api/engine/*. */
  static final String SERVLET = "Engine Api";

  private final CamundaBpmProperties camunda;

  public WebappEngineApi(CamundaBpmProperties camunda) {
    this.camunda = camunda;
  }

  @Override
  public void onStartup(ServletContext servletContext) {
    if (servletContext.getServletRegistration(SERVLET) != null) {
      throw new IllegalStateException("The webapps' engine API was registered before " + getClass().getName());
    }
    ServletRegistration.Dynamic servlet = servletContext.addServlet(SERVLET, ServletContainer.class);
    servlet.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    servlet.setInitParameters(Map.of("jakarta.ws.rs.Application", ChineseWebappEngineApplication.class.getName()));
  }

  /** Camunda's engine API of the webapps, answering errors in Chinese. */
  public static class ChineseWebappEngineApplication extends EngineRestApplication {

    @Override
    public Set<Class<?>> getClasses() {
      Set<Class<?>> classes = new HashSet<>(super.getClasses());
      classes.addAll(ChineseEngineErrors.MAPPERS);
      return classes;
    }
  }
}
