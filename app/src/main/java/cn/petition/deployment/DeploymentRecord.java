package cn.petition.deployment;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One deployment to the engine, as GET /api/admin/deployments shows it.
 *
 * @param deployedBy the engine-authenticated user, or null for the application's own deployment at startup
 * @param resources every file deployed, with its SHA-256, so the exact content can be identified later
 */
public record DeploymentRecord(String deploymentId, String name, String source, String tenantId, String deployedBy,
    OffsetDateTime deployedAt, List<Resource> resources) {

  public record Resource(String name, String sha256, int size) {}
}
