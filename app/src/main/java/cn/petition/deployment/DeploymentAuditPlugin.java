package cn.petition.deployment;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Hooks the deployment record into the engine, so every way of deploying passes it: {@link DeploymentAudit} after
 * the engine accepted a new deployment.
 */
@Component
public class DeploymentAuditPlugin extends AbstractProcessEnginePlugin {

  private final DeploymentAuditMapper mapper;

  public DeploymentAuditPlugin(@Lazy DeploymentAuditMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostDeployers() == null) {
      configuration.setCustomPostDeployers(new ArrayList<>());
    }
    configuration.getCustomPostDeployers().add(new DeploymentAudit(mapper));
  }
}
