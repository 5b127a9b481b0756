package cn.petition.web;

/** One bad field of a request: its JSON path and what is wrong, in Chinese. */
public record FieldProblem(String field, String message) {

  private static final int SHOWN = 40;

  /** A value the caller sent, as quoted back in a message: at most 40 characters, so junk is not echoed in full. */
  public static String shown(String value) {
    if (value == null) {
      return "（空）";
    }
    return value.codePointCount(0, value.length()) <= SHOWN ? value
        : value.substring(0, value.offsetByCodePoints(0, SHOWN)) + "…";
  }
}
