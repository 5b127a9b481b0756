package cn.petition.login;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * Stops startup, before anything is created (no database connection, no admin user), when
 * <ul>
 *   <li>a credential is an unset environment variable: the mysql profile takes the database password
 *       and the admin password from PETITION_DB_PASSWORD and PETITION_ADMIN_PASSWORD, and an unset one
 *       would otherwise be used literally, e.g. an admin whose password is "${PETITION_ADMIN_PASSWORD}";</li>
 *   <li>outside the demo ({@code petition.demo.enabled: false}), the admin password is weak
 *       ({@link PasswordRules}).</li>
 * </ul>
 * {@link InsecureCredentialsFailureAnalyzer} prints the reasons in Spring Boot's startup failure report.
 */
@Component
public class CredentialsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

  static final String ADMIN_ID = "camunda.bpm.admin-user.id";
  static final String ADMIN_PASSWORD = "camunda.bpm.admin-user.password";

  /** The credentials of the configuration; each must resolve. */
  static final List<String> CREDENTIALS = List.of(
      "spring.datasource.username", "spring.datasource.password", ADMIN_ID, ADMIN_PASSWORD);

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)");

  private ConfigurableEnvironment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = (ConfigurableEnvironment) environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    check(environment);
  }

  /** Throws {@link InsecureCredentialsException} naming every problem; returns if there is none. */
  static void check(ConfigurableEnvironment environment) {
    List<String> problems = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    for (String key : CREDENTIALS) {
      try {
        environment.getProperty(key);
      } catch (IllegalArgumentException unset) {
        unresolved.add(key);
        problems.add(key + "：环境变量 " + variableOf(environment, key) + " 未设置");
      }
    }
    boolean demo = environment.getProperty("petition.demo.enabled", Boolean.class, false);
    if (!demo && !unresolved.contains(ADMIN_ID) && !unresolved.contains(ADMIN_PASSWORD)) {
      String weakness = PasswordRules.weakness(environment.getProperty(ADMIN_ID),
          environment.getProperty(ADMIN_PASSWORD));
      if (weakness != null) {
        problems.add(ADMIN_PASSWORD + "（" + variableOf(environment, ADMIN_PASSWORD) + "）：" + weakness
            + "；演示数据关闭时管理员必须有真正的密码");
      }
    }
    if (!problems.isEmpty()) {
      throw new InsecureCredentialsException(problems);
    }
  }

  /** The environment variable a property is taken from, e.g. PETITION_ADMIN_PASSWORD, or the property itself. */
  private static String variableOf(ConfigurableEnvironment environment, String key) {
    for (PropertySource<?> source : environment.getPropertySources()) {
      Object raw = source.getProperty(key);
      if (raw != null) {
        Matcher placeholder = PLACEHOLDER.matcher(raw.toString());
        return placeholder.find() ? placeholder.group(1) : key;
      }
    }
    return key;
  }
}
