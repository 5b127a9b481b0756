package cn.petition.web;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reading of Camunda form variables (Tasklist start forms, or variables sent to the engine REST API).
 * A value of the wrong type is not guessed at: it is added to the problems under the field's key.
 */
public final class FormValues {

  private FormValues() {}

  /** Trimmed text, null when absent or blank; a value that is not text is a problem. */
  public static String text(VariableScope form, String name, List<FieldProblem> problems) {
    Object value = form.getVariable(name);
    if (value != null && !(value instanceof String)) {
      problems.add(new FieldProblem(name, "应为文字"));
      return null;
    }
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  /**
   * A whole number: the form's number field sends a Long or a Double with no fraction, a REST client may send
   * digits as a string; null when absent.
   */
  public static Integer wholeNumber(VariableScope form, String name, String label, List<FieldProblem> problems) {
    Object value = form.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number n) {
      double d = n.doubleValue();
      if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
        return (int) d;
      }
    } else if (value instanceof String s && s.trim().matches("-?\\d{1,9}")) {
      return Integer.valueOf(s.trim());
    }
    problems.add(new FieldProblem(name, label + "必须是整数"));
    return null;
  }

  /** A checkbox: true, false or null when absent. */
  public static Boolean flag(VariableScope form, String name, List<FieldProblem> problems) {
    Object value = form.getVariable(name);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    problems.add(new FieldProblem(name, "只能是 true 或 false"));
    return null;
  }

  /** One of an enum's constants by name, null when absent. */
  public static <E extends Enum<E>> E choice(VariableScope form, String name, Class<E> type, String label,
      List<FieldProblem> problems) {
    Object raw = form.getVariable(name);
    String value = raw == null || raw.toString().isBlank() ? null : raw.toString().trim();
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    problems.add(new FieldProblem(name, label + "必须是 " + String.join("、",
        java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + " 之一"));
    return null;
  }
}
