package cn.petition.deployment;

import cn.petition.org.CurrentUser;
import cn.petition.web.InvalidRequestException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/admin/deployments: who deployed what and when, newest first (administrators only). */
@RestController
public class DeploymentAuditController {

  private final DeploymentAuditMapper mapper;
  private final CurrentUser currentUser;
  private final ZoneId zone;

  public DeploymentAuditController(DeploymentAuditMapper mapper, CurrentUser currentUser,
      @Value("${petition.zone}") String zone) {
    this.mapper = mapper;
    this.currentUser = currentUser;
    this.zone = ZoneId.of(zone);
  }

  @GetMapping("/api/admin/deployments")
  public List<DeploymentRecord> latest(@RequestParam(defaultValue = "50") int size) {
    if (!currentUser.get().isAdmin()) {
      throw new AccessDeniedException("只有系统管理员可以查看部署记录");
    }
    if (size < 1 || size > 500) {
      throw new InvalidRequestException("size", "条数应在1至500之间");
    }
    return mapper.latest(size).stream().map(r -> new DeploymentRecord(r.deploymentId, r.deploymentName, r.source,
        r.tenantId, r.deployedBy, r.deployedAt.atZone(zone).toOffsetDateTime(), mapper.resources(r.id))).toList();
  }
}
