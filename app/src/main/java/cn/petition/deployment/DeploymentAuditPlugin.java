package cn.petition.deployment;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Hooks the deployment checks into the engine, so every way of deploying passes them: {@link InlineScripts} before
 * the engine parses a new deployment, {@link DeploymentAudit} after it accepted it.
 */
@Component
public class DeploymentAuditPlugin extends AbstractProcessEnginePlugin {

  private final DeploymentAuditMapper mapper;
  private final boolean scriptsEnabled;

  public DeploymentAuditPlugin(@Lazy DeploymentAuditMapper mapper,
      @Value("${petition.engine.scripts-enabled:false}") boolean scriptsEnabled) {
    this.mapper = mapper;
    this.scriptsEnabled = scriptsEnabled;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(new InlineScripts(scriptsEnabled));
    if (configuration.getCustomPostDeployers() == null) {
      configuration.setCustomPostDeployers(new ArrayList<>());
    }
    configuration.getCustomPostDeployers().add(new DeploymentAudit(mapper));
  }
}
