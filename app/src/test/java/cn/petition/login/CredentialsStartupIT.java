package cn.petition.login;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.support.AppProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application in the mysql profile stops at startup, with Spring Boot's failure report in
 * Chinese, when its credentials are missing or weak; it does so before it connects to any database (the
 * database port given here has nothing listening, which would be a connection error instead).
 */
class CredentialsStartupIT {

  private static final Duration STARTUP = Duration.ofMinutes(2);

  @TempDir Path dir;

  private String startMysqlProfile(String name, Map<String, String> variables) throws Exception {
    Map<String, String> environment = new HashMap<>();
    environment.put("PETITION_ADMIN_PASSWORD", null);
    environment.put("PETITION_DB_PASSWORD", null);
    environment.put("PETITION_DB_PORT", "1");
    environment.putAll(variables);
    try (AppProcess app = AppProcess.start(AppProcess.packagedJar(), dir, name,
        List.of("--spring.profiles.active=mysql"), environment)) {
      assertThat(app.awaitExit(STARTUP)).as(app.tail()).isNotZero();
      return app.output();
    }
  }

  @Test
  void stopsWhenThePasswordVariablesAreNotSet() throws Exception {
    String output = startMysqlProfile("unset", Map.of());
    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("camunda.bpm.admin-user.password：环境变量 PETITION_ADMIN_PASSWORD 未设置")
        .contains("spring.datasource.password：环境变量 PETITION_DB_PASSWORD 未设置")
        .doesNotContain("Communications link failure");
  }

  @Test
  void stopsWhenTheAdminPasswordIsTheDemoOne() throws Exception {
    String output = startMysqlProfile("demo", Map.of("PETITION_ADMIN_PASSWORD", "demo", "PETITION_DB_PASSWORD", ""));
    assertThat(output).contains("APPLICATION FAILED TO START").contains("密码是人人皆知的 demo")
        .doesNotContain("PETITION_DB_PASSWORD 未设置").doesNotContain("Communications link failure");
  }
}
