package cn.petition.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  @Test
  void namesWhyAPasswordIsNotARealOne() {
    assertThat(PasswordRules.weakness("designer", "")).isEqualTo("密码为空");
    assertThat(PasswordRules.weakness("designer", "  ")).isEqualTo("密码为空");
    assertThat(PasswordRules.weakness("designer", "DEMO")).isEqualTo("密码是人人皆知的 DEMO");
    assertThat(PasswordRules.weakness("chen.designer", "Chen.Designer")).isEqualTo("密码与用户名相同");
    assertThat(PasswordRules.weakness("designer", "${PETITION_ADMIN_PASSWORD}")).contains("未替换的占位符");
    assertThat(PasswordRules.weakness("designer", "Ab3-x9")).isEqualTo("密码少于 8 个字符");
  }

  @Test
  void acceptsARealPassword() {
    assertThat(PasswordRules.weakness("designer", "流程设计-2026")).isNull();
    assertThat(PasswordRules.weakness("admin", "correct horse battery")).isNull();
  }
}
