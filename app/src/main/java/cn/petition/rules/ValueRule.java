package cn.petition.rules;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What one value of a decision-table cell may be (the whole cell, or one of its comma-separated items).
 *
 * @param accepts whether a value is acceptable
 * @param expectation what is expected, to follow the column's label: "只能是 ORDINARY 或 LAW_LITIGATION"
 */
record ValueRule(Predicate<String> accepts, String expectation) {

  boolean accepts(String value) {
    return accepts.test(value);
  }

  /** One of a few fixed values: enum constants, true/false. */
  static ValueRule oneOf(Collection<String> values) {
    List<String> allowed = List.copyOf(values);
    return new ValueRule(allowed::contains, "只能是 " + alternatives(allowed));
  }

  /** A code of reference data; {@code codes} are those that exist now. */
  static ValueRule reference(ReferenceList list, Set<String> codes) {
    return new ValueRule(codes::contains, "须是已登记的" + list.label() + "（见 " + list.source() + "）");
  }

  /** A comparison with a number, as in {@code personCount $param}: "> 1", ">= 5". */
  static ValueRule comparison(boolean wholeNumber) {
    Pattern pattern = Pattern.compile("(>=|<=|==|!=|>|<)\\s*" + numberPattern(wholeNumber));
    return new ValueRule(value -> pattern.matcher(value).matches(), "须连同比较符填写，例如 >= 3（比较符 >、>=、<、<=、==、!=，后面是"
        + (wholeNumber ? "整数" : "数") + "）");
  }

  /** A plain number, as in {@code personCount >= $param}. */
  static ValueRule number(boolean wholeNumber) {
    Pattern pattern = Pattern.compile(numberPattern(wholeNumber));
    return new ValueRule(value -> pattern.matcher(value).matches(), wholeNumber ? "须是整数" : "须是数");
  }

  private static String numberPattern(boolean wholeNumber) {
    return wholeNumber ? "-?\\d+" : "-?\\d+(\\.\\d+)?";
  }

  /** "A 或 B", "A、B 或 C". */
  private static String alternatives(List<String> values) {
    if (values.size() <= 1) {
      return String.join("", values);
    }
    return String.join("、", values.subList(0, values.size() - 1)) + " 或 " + values.get(values.size() - 1);
  }
}
