package cn.petition.login;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints {@link InsecureCredentialsException} as Spring Boot's "APPLICATION FAILED TO START" report. */
public class InsecureCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<InsecureCredentialsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InsecureCredentialsException cause) {
    return new FailureAnalysis(
        "启动已停止，凭据缺失或不安全：\n  - " + String.join("\n  - ", cause.problems()),
        "设置上述环境变量（管理员密码至少 " + PasswordRules.MIN_LENGTH + " 个字符，不能是 demo 或用户名）后重新启动。"
            + "见 README 的 “Running on MySQL / MariaDB” 和 “安全说明 (security notes)”。",
        cause);
  }
}
