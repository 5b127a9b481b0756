package cn.petition.deployment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every new deployment (who, when, which files with their SHA-256, the deployment id) in the engine's own
 * transaction, after the engine accepted it: a deployment and its record are committed together or not at all.
 * Deploying a process is running code with the application's rights (README: 安全说明), so nothing deploys unseen.
 */
public class DeploymentAudit implements Deployer {

  private static final Logger LOG = LoggerFactory.getLogger(DeploymentAudit.class);

  private final DeploymentAuditMapper mapper;

  public DeploymentAudit(DeploymentAuditMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    DeploymentAuditMapper.Row row = new DeploymentAuditMapper.Row();
    row.deploymentId = deployment.getId();
    row.deploymentName = deployment.getName();
    row.source = deployment.getSource();
    row.tenantId = deployment.getTenantId();
    row.deployedBy = Context.getCommandContext().getAuthenticatedUserId();
    row.deployedAt = deployment.getDeploymentTime().toInstant();
    mapper.insert(row);
    Map<String, ResourceEntity> resources = new TreeMap<>(deployment.getResources() == null ? Map.of()
        : deployment.getResources());
    resources.forEach((name, resource) -> mapper.insertResource(row.id, name, sha256(resource.getBytes()),
        resource.getBytes() == null ? 0 : resource.getBytes().length));
    LOG.info("部署 {}（{}）由 {} 部署：{}", deployment.getId(), deployment.getName(),
        row.deployedBy == null ? "应用启动" : row.deployedBy, resources.keySet());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(bytes == null ? "".getBytes(StandardCharsets.UTF_8) : bytes));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
