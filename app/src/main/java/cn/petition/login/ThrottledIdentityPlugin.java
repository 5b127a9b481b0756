package cn.petition.login;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Engine plugin that makes {@link ThrottledIdentityProvider} the engine's identity provider. */
@Component
public class ThrottledIdentityPlugin extends AbstractProcessEnginePlugin {

  private final LoginThrottle throttle;
  private final boolean demo;

  public ThrottledIdentityPlugin(LoginThrottle throttle, @Value("${petition.demo.enabled}") boolean demo) {
    this.throttle = throttle;
    this.demo = demo;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return ThrottledIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new ThrottledIdentityProvider(throttle, demo);
      }
    });
  }
}
