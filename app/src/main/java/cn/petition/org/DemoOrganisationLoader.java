package cn.petition.org;

import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the demo users and groups of the embedded default: for every department a handler
 * (xfj-handler, in group dept-XFJ) and a leader (xfj-leader, in dept-XFJ and leader-XFJ), plus a
 * supervisor and a process designer. Idempotent. The authorizations of each role are granted by
 * {@link RoleAuthorizations}, which runs after this.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "petition.demo.enabled", havingValue = "true")
public class DemoOrganisationLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoOrganisationLoader.class);

  private final IdentityService identityService;
  private final ReferenceData referenceData;
  private final String password;

  public DemoOrganisationLoader(IdentityService identityService,
      ReferenceData referenceData, DemoProperties properties) {
    this.identityService = identityService;
    this.referenceData = referenceData;
    this.password = properties.password();
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Department department : referenceData.departments()) {
      String handlers = DepartmentGroups.handlers(department.code());
      String leaders = DepartmentGroups.leaders(department.code());
      group(handlers, department.name() + "经办人");
      group(leaders, department.name() + "负责人");
      String prefix = department.code().toLowerCase(Locale.ROOT);
      user(prefix + "-handler", "经办人", department.name(), handlers);
      user(prefix + "-leader", "负责人", department.name(), handlers, leaders);
    }
    group(PetitionUser.SUPERVISOR_GROUP, "督查督办");
    user("supervisor", "督查员", "县信访局督查科", PetitionUser.SUPERVISOR_GROUP);
    group(RoleAuthorizations.DESIGNER_GROUP, "流程设计");
    user("designer", "流程设计员", "县信访局", RoleAuthorizations.DESIGNER_GROUP);
    // 处突柔性工作组 and 网格员 (the emergency units CTK, GAJ, WXB are departments: sql/demo/V5_1000).
    group("soft-team", "柔性工作组");
    user("soft-team-member", "疏导员", "柔性工作组", "soft-team");
    group("grid-worker", "网格员");
    user("grid-worker", "网格员", "城关街道", "grid-worker");

    log.info("Demo organisation ready: a handler and a leader for each department, supervisor, designer");
  }

  private void group(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identityService.saveGroup(group);
    }
  }

  private void user(String id, String firstName, String lastName, String... groups) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setPassword(password);
      user.setEmail(id + "@petition.example");
      identityService.saveUser(user);
    }
    for (String group : groups) {
      if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identityService.createMembership(id, group);
      }
    }
  }
}
