package cn.petition.login;

import java.util.List;

/** Startup stops: a credential is missing (an unset environment variable) or too weak outside the demo. */
public class InsecureCredentialsException extends IllegalStateException {

  private final List<String> problems;

  public InsecureCredentialsException(List<String> problems) {
    super("启动已停止，凭据缺失或不安全：" + String.join("；", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
