package cn.petition.login;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.org.RoleAuthorizations;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Outside the demo, administrators and designers cannot log in with a weak password, and a guessable
 * admin password left by an earlier start is replaced by the configured one. A small engine of its own
 * (in-memory H2, no history, no job executor) with the identity provider as the application installs it.
 */
class PrivilegedPasswordTest {

  private static ProcessEngine engine;
  private static IdentityService identities;

  @BeforeAll
  static void engineOutsideTheDemo() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("privileged-password-test")
        .setJdbcUrl("jdbc:h2:mem:privileged-password-test;DB_CLOSE_DELAY=-1")
        .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
        .setJobExecutorActivate(false);
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9_-]+");
    LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(5, Duration.ofSeconds(1),
        Duration.ofMinutes(15), Duration.ofHours(1), 1000));
    configuration.getProcessEnginePlugins().add(new ThrottledIdentityPlugin(throttle, false));
    engine = configuration.buildProcessEngine();
    identities = engine.getIdentityService();
    group(Groups.CAMUNDA_ADMIN);
    group(RoleAuthorizations.DESIGNER_GROUP);
    group("dept-XFJ");
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private static void group(String id) {
    Group group = identities.newGroup(id);
    identities.saveGroup(group);
  }

  private static void user(String id, String password, String group) {
    User user = identities.newUser(id);
    user.setPassword(password);
    identities.saveUser(user);
    identities.createMembership(id, group);
  }

  @Test
  void aDesignerOrAdministratorWithAWeakPasswordCannotLogIn() {
    user("weak-designer", "demo", RoleAuthorizations.DESIGNER_GROUP);
    user("weak-admin", "weak-admin", Groups.CAMUNDA_ADMIN);
    user("strong-designer", "流程设计-2026", RoleAuthorizations.DESIGNER_GROUP);

    assertThat(identities.checkPassword("weak-designer", "demo")).isFalse();
    assertThat(identities.checkPassword("weak-admin", "weak-admin")).isFalse();
    assertThat(identities.checkPassword("strong-designer", "流程设计-2026")).isTrue();
  }

  @Test
  void aHandlerIsNotHeldToIt() {
    user("weak-handler", "demo", "dept-XFJ");
    assertThat(identities.checkPassword("weak-handler", "demo")).isTrue();
  }

  @Test
  void theAdminPasswordLeftByAnUnsetVariableIsReplacedByTheConfiguredOne() {
    user("admin", AdminPasswordRepair.UNSET_VARIABLE, Groups.CAMUNDA_ADMIN);
    AdminPasswordRepair repair = new AdminPasswordRepair(engine, "admin", "Xf-2026-county-office");

    assertThat(repair.repair()).isTrue();
    assertThat(identities.checkPassword("admin", AdminPasswordRepair.UNSET_VARIABLE)).isFalse();
    assertThat(identities.checkPassword("admin", "Xf-2026-county-office")).isTrue();
  }

  @Test
  void anAdminPasswordChosenSinceIsLeftAlone() {
    user("chosen-admin", "chosen-since-2026", Groups.CAMUNDA_ADMIN);
    AdminPasswordRepair repair = new AdminPasswordRepair(engine, "chosen-admin", "Xf-2026-county-office");

    assertThat(repair.repair()).isFalse();
    assertThat(identities.checkPassword("chosen-admin", "chosen-since-2026")).isTrue();
  }
}
