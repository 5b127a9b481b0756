package cn.petition.login;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Outside the demo, the admin user is created once from PETITION_ADMIN_PASSWORD and then kept. An earlier
 * version started without that variable stored the literal "${PETITION_ADMIN_PASSWORD}" as its password,
 * and a database copied from the demo has "demo": such a guessable password is replaced at startup by
 * the configured one (which {@link CredentialsCheck} has found real), since nobody could log in as
 * admin otherwise ({@link ThrottledIdentityProvider} refuses weak passwords of administrators). A
 * password the administrator has since chosen is left alone.
 */
@Component
@ConditionalOnProperty(name = "petition.demo.enabled", havingValue = "false")
public class AdminPasswordRepair implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminPasswordRepair.class);

  /** What earlier versions stored when the variable was unset. */
  static final String UNSET_VARIABLE = "${PETITION_ADMIN_PASSWORD}";

  private final ProcessEngine engine;
  private final String adminId;
  private final String configuredPassword;

  public AdminPasswordRepair(ProcessEngine engine, @Value("${camunda.bpm.admin-user.id}") String adminId,
      @Value("${camunda.bpm.admin-user.password}") String configuredPassword) {
    this.engine = engine;
    this.adminId = adminId;
    this.configuredPassword = configuredPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    repair();
  }

  /** Whether the admin's stored password was guessable and has been replaced. */
  boolean repair() {
    Set<String> guessable = new LinkedHashSet<>(PasswordRules.KNOWN);
    guessable.add(UNSET_VARIABLE);
    guessable.add(adminId);
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String found = configuration.getCommandExecutorTxRequired().execute(context -> {
      ThrottledIdentityProvider identities = (ThrottledIdentityProvider) context.getReadOnlyIdentityProvider();
      return guessable.stream().filter(candidate -> identities.hasPassword(adminId, candidate)).findFirst()
          .orElse(null);
    });
    if (found == null) {
      return false;
    }
    IdentityService identityService = engine.getIdentityService();
    User admin = identityService.createUserQuery().userId(adminId).singleResult();
    admin.setPassword(configuredPassword);
    identityService.saveUser(admin);
    log.warn("The password of '{}' was a guessable one left by an earlier start; it is now PETITION_ADMIN_PASSWORD",
        adminId);
    return true;
  }
}
