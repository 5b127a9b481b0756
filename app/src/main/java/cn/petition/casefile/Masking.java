package cn.petition.casefile;

/** Masks personal data for readers outside the case's departments. */
public final class Masking {

  private Masking() {}

  /** 330102199001011234 → 330102********1234. */
  public static String idNumber(String value) {
    if (value == null || value.length() < 10) {
      return value == null ? null : "****";
    }
    return value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
  }

  /** 13800000000 → 138****0000. */
  public static String phone(String value) {
    if (value == null || value.length() < 7) {
      return value == null ? null : "****";
    }
    return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
  }
}
