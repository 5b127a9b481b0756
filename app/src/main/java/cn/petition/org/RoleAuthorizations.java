package cn.petition.org;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Camunda authorizations of each role, granted at every start to the groups that exist
 * (demo or created by an administrator in Camunda Admin; restart after adding groups):
 * <ul>
 *   <li>every role group (dept-*, leader-*, supervisor, designer, soft-team, grid-worker): the Tasklist,
 *       reading process definitions (forms) and starting only the processes a person
 *       starts by hand, {@link #STARTABLE_BY_USERS}. Their tasks they see as candidates.</li>
 *   <li>supervisor: Cockpit, reading every task and instance and their history.</li>
 *   <li>designer: Cockpit and deployments (an administrator-level role: a deployed BPMN runs with the
 *       application's rights).</li>
 * </ul>
 * The Tasklist filters are shared with the groups that use them by cn.petition.tasklist.DeskFilterSync.
 * Idempotent: existing grants are extended, never duplicated.
 */
@Component
@Order(20)
public class RoleAuthorizations implements ApplicationRunner {

  /** Processes people start themselves; all others are started by the system only. */
  public static final List<String> STARTABLE_BY_USERS = List.of("petitionCase", "disputeReport");
  public static final String DESIGNER_GROUP = "designer";
  private static final List<String> OTHER_ROLE_GROUPS = List.of(PetitionUser.SUPERVISOR_GROUP, DESIGNER_GROUP,
      "soft-team", "grid-worker");

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  public RoleAuthorizations(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> roleGroups = identityService.createGroupQuery().list().stream().map(Group::getId)
        .filter(id -> DepartmentGroups.departmentOf(id) != null || OTHER_ROLE_GROUPS.contains(id)).toList();
    for (String group : roleGroups) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
      for (String key : STARTABLE_BY_USERS) {
        grant(group, Resources.PROCESS_DEFINITION, key, Permissions.CREATE_INSTANCE);
      }
      grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    if (roleGroups.contains(PetitionUser.SUPERVISOR_GROUP)) {
      grant(PetitionUser.SUPERVISOR_GROUP, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(PetitionUser.SUPERVISOR_GROUP, Resources.TASK, "*", Permissions.READ);
      grant(PetitionUser.SUPERVISOR_GROUP, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
      grant(PetitionUser.SUPERVISOR_GROUP, Resources.PROCESS_DEFINITION, "*",
          Permissions.READ_TASK, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
    }
    if (roleGroups.contains(DESIGNER_GROUP)) {
      grant(DESIGNER_GROUP, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(DESIGNER_GROUP, Resources.DEPLOYMENT, "*", Permissions.ALL);
      grant(DESIGNER_GROUP, Resources.PROCESS_DEFINITION, "*", Permissions.ALL);
    }
  }

  /** Grants the permissions, adding to an existing grant of the group on that resource. */
  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery().groupIdIn(group)
        .resourceType(resource).resourceId(resourceId).list().stream().findFirst().orElse(null);
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
