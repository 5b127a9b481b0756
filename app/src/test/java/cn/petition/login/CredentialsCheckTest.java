package cn.petition.login;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped configuration files against the startup check, with chosen "environment variables" in
 * place of the real ones (a property source of their own, so the machine's environment does not count).
 */
class CredentialsCheckTest {

  private static StandardEnvironment configuration(boolean mysqlProfile, Map<String, Object> variables)
      throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    environment.getPropertySources().addLast(new MapPropertySource("variables", new HashMap<>(variables)));
    if (mysqlProfile) {
      environment.getPropertySources().addLast(yaml("application-mysql.yaml"));
    }
    environment.getPropertySources().addLast(yaml("application.yaml"));
    return environment;
  }

  private static PropertySource<?> yaml(String file) throws IOException {
    return new YamlPropertySourceLoader().load(file, new ClassPathResource(file)).get(0);
  }

  @Test
  void theMysqlProfileDoesNotStartWithoutItsPasswords() {
    assertThatThrownBy(() -> CredentialsCheck.check(configuration(true, Map.of())))
        .isInstanceOf(InsecureCredentialsException.class)
        .hasMessageContaining("camunda.bpm.admin-user.password：环境变量 PETITION_ADMIN_PASSWORD 未设置")
        .hasMessageContaining("spring.datasource.password：环境变量 PETITION_DB_PASSWORD 未设置");
  }

  @Test
  void theMysqlProfileRefusesTheDemoPasswordAndOtherWeakOnesForTheAdmin() {
    assertThatThrownBy(() -> CredentialsCheck.check(configuration(true,
        Map.of("PETITION_ADMIN_PASSWORD", "demo", "PETITION_DB_PASSWORD", ""))))
        .hasMessageContaining("camunda.bpm.admin-user.password（PETITION_ADMIN_PASSWORD）：密码是人人皆知的 demo");
    assertThatThrownBy(() -> CredentialsCheck.check(configuration(true,
        Map.of("PETITION_ADMIN_PASSWORD", "admin", "PETITION_DB_PASSWORD", ""))))
        .hasMessageContaining("人人皆知");
    assertThatThrownBy(() -> CredentialsCheck.check(configuration(true,
        Map.of("PETITION_ADMIN_PASSWORD", "Xf-2026", "PETITION_DB_PASSWORD", ""))))
        .hasMessageContaining("密码少于 8 个字符");
  }

  @Test
  void theMysqlProfileStartsWithARealAdminPasswordAndAnExplicitlyEmptyDatabasePassword() {
    assertThatCode(() -> CredentialsCheck.check(configuration(true,
        Map.of("PETITION_ADMIN_PASSWORD", "Xf-2026-county-office", "PETITION_DB_PASSWORD", ""))))
        .doesNotThrowAnyException();
  }

  @Test
  void theDemoDefaultStartsWithItsDemoPassword() {
    assertThatCode(() -> CredentialsCheck.check(configuration(false, Map.of()))).doesNotThrowAnyException();
  }
}
