package cn.petition.login;

import java.util.Locale;
import java.util.Set;

/**
 * What a real password is, outside the demo: not empty, at least {@value #MIN_LENGTH} characters, not the
 * demo password, not the user's own id, and not an unreplaced placeholder such as
 * {@code ${PETITION_ADMIN_PASSWORD}} (what an unset environment variable leaves behind).
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 8;

  /** Passwords that are known to everyone who has read the README or the configuration. */
  static final Set<String> KNOWN = Set.of("demo", "password", "admin", "designer", "12345678", "changeit");

  private PasswordRules() {}

  /** Why this is not a real password for this user (in Chinese), or null if it is one. */
  public static String weakness(String userId, String password) {
    if (password == null || password.isBlank()) {
      return "密码为空";
    }
    if (password.contains("${")) {
      return "密码是未替换的占位符 " + password + "（对应的环境变量未设置）";
    }
    if (KNOWN.contains(password.toLowerCase(Locale.ROOT))) {
      return "密码是人人皆知的 " + password;
    }
    if (password.equalsIgnoreCase(userId)) {
      return "密码与用户名相同";
    }
    if (password.length() < MIN_LENGTH) {
      return "密码少于 " + MIN_LENGTH + " 个字符";
    }
    return null;
  }
}
