package cn.petition.deployment;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Tables deployment_audit and deployment_audit_resource (V9). */
@Mapper
public interface DeploymentAuditMapper {

  /** A row of deployment_audit. */
  class Row {
    public Long id;
    public String deploymentId;
    public String deploymentName;
    public String source;
    public String tenantId;
    public String deployedBy;
    public Instant deployedAt;
  }

  @Insert("INSERT INTO deployment_audit (deployment_id, deployment_name, source, tenant_id, deployed_by, deployed_at) "
      + "VALUES (#{deploymentId}, #{deploymentName}, #{source}, #{tenantId}, #{deployedBy}, #{deployedAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(Row row);

  @Insert("INSERT INTO deployment_audit_resource (audit_id, resource_name, sha256, size_bytes) "
      + "VALUES (#{auditId}, #{name}, #{sha256}, #{size})")
  void insertResource(@Param("auditId") long auditId, @Param("name") String name, @Param("sha256") String sha256,
      @Param("size") int size);

  @Select("SELECT id, deployment_id, deployment_name, source, tenant_id, deployed_by, deployed_at "
      + "FROM deployment_audit ORDER BY id DESC LIMIT #{limit}")
  List<Row> latest(int limit);

  @Select("SELECT resource_name AS name, sha256, size_bytes AS size FROM deployment_audit_resource "
      + "WHERE audit_id = #{auditId} ORDER BY resource_name")
  List<DeploymentRecord.Resource> resources(long auditId);
}
