package cn.petition.rules;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out from a column's code how its cells must be filled, by looking at the Java the code
 * reaches: {@code Line.$param} takes a constant of the imported enum Line; {@code line == "$"} the
 * codes the fact's getter declares with {@link EnumCode} or {@link ReferenceCode}; {@code personCount
 * $param} a comparison with a number, as the getter returns an int; {@code repeat == $param} true or
 * false; {@code $f.route("$param", …)} and {@code new Backlog($param, …)} what that parameter takes.
 * A column whose code reaches nothing known is not checked.
 */
final class CellChecks {

  private static final Pattern FORALL = Pattern.compile("forall\\(([^{}]*)\\)\\{([^{}]+)\\}");
  private static final Pattern INDEX = Pattern.compile("\\$(\\d+)");
  private static final String IDENTIFIER = "([A-Za-z_][\\w]*)";
  private static final Pattern CALLEE = Pattern.compile(
      "(?:\\bnew\\s+([\\w.]+)|(\\$\\w+)\\s*\\.\\s*(\\w+))\\s*$");
  private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, long.class, short.class, byte.class,
      Integer.class, Long.class, Short.class, Byte.class);
  private static final Set<Class<?>> NUMBERS = Set.of(double.class, float.class, Double.class, Float.class,
      java.math.BigDecimal.class);

  private final Map<String, Class<?>> imported;
  private final Map<String, Class<?>> bound;
  private final ReferenceCodes codes;

  /**
   * @param imported the table's imported classes by simple name
   * @param bound the classes of the fact variables of the table ($f → RoutingFacts)
   */
  CellChecks(Map<String, Class<?>> imported, Map<String, Class<?>> bound, ReferenceCodes codes) {
    this.imported = imported;
    this.bound = bound;
    this.codes = codes;
  }

  /**
   * The check of a column.
   *
   * @param code the column's code, e.g. {@code forall(||){categoryCode == "$"}}
   * @param fact the class of the column's fact (conditions), or null
   * @param label the column's label for messages, e.g. 办理线
   */
  Optional<CellCheck> of(String code, Class<?> fact, String label) {
    Matcher forall = FORALL.matcher(code);
    if (forall.find()) {
      // Even when the items cannot be checked, a Chinese comma between them can.
      return Optional.of(CellCheck.list(label, rule(forall.group(2), "\\$(?![\\w$])", fact).orElse(null)));
    }
    Matcher index = INDEX.matcher(code);
    int items = 0;
    while (index.find()) {
      items = Math.max(items, Integer.parseInt(index.group(1)));
    }
    if (items > 0) {
      List<ValueRule> rules = new ArrayList<>();
      for (int i = 1; i <= items; i++) {
        rules.add(rule(code, Pattern.quote("$" + i) + "(?!\\d)", fact).orElse(null));
      }
      return rules.stream().allMatch(r -> r == null) ? Optional.empty()
          : Optional.of(CellCheck.indexed(itemLabels(label, items), rules));
    }
    if (code.contains("$param")) {
      return rule(code, Pattern.quote("$param"), fact).map(rule -> CellCheck.whole(label, rule));
    }
    return Optional.empty();
  }

  /** What a value put in place of {@code placeholder} in {@code template} may be. */
  private Optional<ValueRule> rule(String template, String placeholder, Class<?> fact) {
    Matcher enumConstant = Pattern.compile(IDENTIFIER + "\\s*\\.\\s*" + placeholder).matcher(template);
    if (enumConstant.find()) {
      Class<?> type = imported.get(enumConstant.group(1));
      return type != null && type.isEnum() ? Optional.of(constantsOf(type)) : Optional.empty();
    }
    Matcher quoted = Pattern.compile(IDENTIFIER + "\\s*(?:==|!=)\\s*\"" + placeholder + "\"").matcher(template);
    if (quoted.find()) {
      return getter(fact, quoted.group(1)).flatMap(getter -> declared(getter, getter.getReturnType()));
    }
    Matcher compared = Pattern.compile(IDENTIFIER + "\\s*(?:==|!=|>=|<=|>|<)\\s*" + placeholder).matcher(template);
    if (compared.find()) {
      return getter(fact, compared.group(1)).flatMap(getter -> typed(getter.getReturnType(), false));
    }
    Matcher comparison = Pattern.compile(IDENTIFIER + "\\s+" + placeholder).matcher(template);
    if (comparison.find()) {
      return getter(fact, comparison.group(1)).flatMap(getter -> typed(getter.getReturnType(), true));
    }
    Matcher at = Pattern.compile(placeholder).matcher(template);
    return at.find() ? argument(template, at.start(), at.end()) : Optional.empty();
  }

  /** The value passed as an argument of a call: {@code $f.route("$param", …)}, {@code new Backlog($param, …)}. */
  private Optional<ValueRule> argument(String template, int start, int end) {
    boolean quoted = start > 0 && template.charAt(start - 1) == '"';
    int open = -1;
    int argument = 0;
    int depth = 0;
    for (int i = start - 1; i >= 0 && open < 0; i--) {
      char c = template.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(' && depth-- == 0) {
        open = i;
      } else if (c == ',' && depth == 0) {
        argument++;
      }
    }
    if (open < 0) {
      return Optional.empty();
    }
    int arguments = argument + 1;
    depth = 0;
    for (int i = end; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth-- == 0) {
        break;
      } else if (c == ',' && depth == 0) {
        arguments++;
      }
    }
    Matcher callee = CALLEE.matcher(template.substring(0, open));
    if (!callee.find()) {
      return Optional.empty();
    }
    List<? extends Executable> candidates = callee.group(1) != null
        ? constructors(callee.group(1)) : methods(callee.group(2), callee.group(3));
    int index = argument;
    int count = arguments;
    return candidates.stream().filter(e -> e.getParameterCount() == count).findFirst()
        .flatMap(e -> parameter(e.getParameters()[index], quoted));
  }

  private List<? extends Executable> constructors(String className) {
    Class<?> type = imported.get(className.substring(className.lastIndexOf('.') + 1));
    return type == null ? List.of() : Arrays.asList(type.getConstructors());
  }

  private List<? extends Executable> methods(String variable, String name) {
    Class<?> type = bound.get(variable);
    return type == null ? List.of() : Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).toList();
  }

  private Optional<ValueRule> parameter(Parameter parameter, boolean quoted) {
    Optional<ValueRule> declared = declared(parameter, parameter.getType());
    return declared.isPresent() || quoted ? declared : typed(parameter.getType(), false);
  }

  /** What a text property or parameter declares it holds: {@link EnumCode}, {@link ReferenceCode}, an enum type. */
  private Optional<ValueRule> declared(AnnotatedElement element, Class<?> type) {
    EnumCode enumCode = element.getAnnotation(EnumCode.class);
    if (enumCode != null) {
      return Optional.of(constantsOf(enumCode.value()));
    }
    ReferenceCode referenceCode = element.getAnnotation(ReferenceCode.class);
    if (referenceCode != null) {
      return reference(referenceCode.value());
    }
    return type.isEnum() ? Optional.of(constantsOf(type)) : Optional.empty();
  }

  private Optional<ValueRule> reference(ReferenceList list) {
    Set<String> known = codes.of(list);
    return known.isEmpty() ? Optional.empty() : Optional.of(ValueRule.reference(list, known));
  }

  private static Optional<ValueRule> typed(Class<?> type, boolean withComparison) {
    if (WHOLE_NUMBERS.contains(type) || NUMBERS.contains(type)) {
      boolean whole = WHOLE_NUMBERS.contains(type);
      return Optional.of(withComparison ? ValueRule.comparison(whole) : ValueRule.number(whole));
    }
    if (!withComparison && (type == boolean.class || type == Boolean.class)) {
      return Optional.of(ValueRule.oneOf(List.of("true", "false")));
    }
    return Optional.empty();
  }

  private static ValueRule constantsOf(Class<?> enumType) {
    return ValueRule.oneOf(Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
  }

  private static Optional<Method> getter(Class<?> fact, String property) {
    if (fact == null || property.isEmpty()) {
      return Optional.empty();
    }
    String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (String name : List.of("get" + suffix, "is" + suffix)) {
      try {
        return Optional.of(fact.getMethod(name));
      } catch (NoSuchMethodException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /** "函件种类, 接收人" with 2 items → [函件种类, 接收人]; otherwise the label with the item's number. */
  private static List<String> itemLabels(String label, int items) {
    String[] parts = label.split("\\s*[,，]\\s*");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      labels.add(parts.length == items ? parts[i] : label + "第 " + (i + 1) + " 项");
    }
    return labels;
  }
}
