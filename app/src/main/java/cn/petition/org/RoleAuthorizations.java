package cn.petition.org;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Camunda authorizations of each role (README: 角色与权限), set at every start for the groups that exist
 * (demo or created by an administrator in Camunda Admin; restart after adding groups):
 * <ul>
 *   <li>every role group (dept-*, leader-*, supervisor, designer, soft-team, grid-worker): the Tasklist and
 *       reading process definitions (forms). Their tasks they see as candidates.</li>
 *   <li>starting, only by those who do it: 信访事项办理 ({@code petitionCase}) by department groups, 上报矛盾纠纷
 *       ({@code disputeReport}) by department groups, grid workers and the soft team. Supervisors and designers
 *       start nothing.</li>
 *   <li>supervisor: Cockpit, reading every task and instance and their history; nothing else.</li>
 *   <li>designer: Cockpit, creating and reading deployments. No instance operations (modification, variables,
 *       jobs, deletion) and no deleting deployments: those stay with camunda-admin.</li>
 * </ul>
 * The Tasklist filters are shared with the groups that use them by cn.petition.tasklist.DeskFilterSync.
 * The entries this class manages (a role group's grant on one of the resources above) are set to exactly these
 * permissions, so a grant an earlier version gave too generously is taken back; other entries are left alone.
 */
@Component
@Order(20)
public class RoleAuthorizations implements ApplicationRunner {

  /** Processes people start themselves; all others are started by the system only. */
  public static final List<String> STARTABLE_BY_USERS = List.of("petitionCase", "disputeReport");
  public static final String DESIGNER_GROUP = "designer";
  /** Groups outside the departments that report disputes. */
  public static final List<String> DISPUTE_REPORTERS = List.of("soft-team", "grid-worker");
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
    Map<Entry, Set<Permissions>> grants = new LinkedHashMap<>();
    for (String group : roleGroups) {
      boolean department = DepartmentGroups.departmentOf(group) != null;
      boolean reporter = department || DISPUTE_REPORTERS.contains(group);
      grant(grants, group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(grants, group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
      grant(grants, group, Resources.PROCESS_DEFINITION, "petitionCase", department ? Permissions.CREATE_INSTANCE : null);
      grant(grants, group, Resources.PROCESS_DEFINITION, "disputeReport", reporter ? Permissions.CREATE_INSTANCE : null);
      grant(grants, group, Resources.PROCESS_INSTANCE, "*", reporter ? Permissions.CREATE : null);
      boolean supervisor = PetitionUser.SUPERVISOR_GROUP.equals(group);
      boolean designer = DESIGNER_GROUP.equals(group);
      grant(grants, group, Resources.APPLICATION, "cockpit", supervisor || designer ? Permissions.ACCESS : null);
      grant(grants, group, Resources.TASK, "*", supervisor ? Permissions.READ : null);
      grant(grants, group, Resources.DEPLOYMENT, "*", designer ? Permissions.CREATE : null);
      grant(grants, group, Resources.DEPLOYMENT, "*", designer ? Permissions.READ : null);
      if (supervisor) {
        grant(grants, group, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(grants, group, Resources.PROCESS_DEFINITION, "*", Permissions.READ_TASK);
        grant(grants, group, Resources.PROCESS_DEFINITION, "*", Permissions.READ_INSTANCE);
        grant(grants, group, Resources.PROCESS_DEFINITION, "*", Permissions.READ_HISTORY);
      }
    }
    grants.forEach(this::set);
  }

  /** A managed entry, with one more permission unless {@code permission} is null. */
  private static void grant(Map<Entry, Set<Permissions>> grants, String group, Resources resource, String resourceId,
      Permissions permission) {
    Set<Permissions> permissions = grants.computeIfAbsent(new Entry(group, resource, resourceId),
        entry -> EnumSet.noneOf(Permissions.class));
    if (permission != null) {
      permissions.add(permission);
    }
  }

  /** Sets the group's grant on the resource to exactly these permissions (none: no grant). */
  private void set(Entry entry, Set<Permissions> permissions) {
    Authorization existing = authorizationService.createAuthorizationQuery().groupIdIn(entry.group())
        .resourceType(entry.resource()).resourceId(entry.resourceId()).list().stream()
        .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT).findFirst().orElse(null);
    if (existing != null) {
      Set<Permission> granted = new HashSet<>(List.of(existing.getPermissions(Permissions.values())));
      granted.removeAll(List.of(Permissions.NONE, Permissions.ALL));
      if (granted.equals(permissions)) {
        return;
      }
      authorizationService.deleteAuthorization(existing.getId());
    }
    if (permissions.isEmpty()) {
      return;
    }
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(entry.group());
    authorization.setResource(entry.resource());
    authorization.setResourceId(entry.resourceId());
    authorization.setPermissions(permissions.toArray(Permission[]::new));
    authorizationService.saveAuthorization(authorization);
  }

  private record Entry(String group, Resources resource, String resourceId) {}
}
