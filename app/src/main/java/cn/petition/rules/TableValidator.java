package cn.petition.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * Checks the rule rows of a decision table before Drools compiles it, so that every refusal names the
 * file, the spreadsheet row, the rule and the cell, and says in Chinese what is wrong: a rule without
 * a name or with the name of another row, a code that is not a constant of the enum the column takes
 * (办理线只能是 ORDINARY 或 LAW_LITIGATION，第 12 行写的是 BOGUS_LINE), a category, region or department
 * code that does not exist, a number column without its comparison. How each column is checked
 * follows from its code ({@link CellChecks}).
 */
final class TableValidator {

  private static final Pattern FACT = Pattern.compile("^(?:(\\$\\w+)\\s*:\\s*)?([\\w.]+)");
  private static final Set<String> OTHER_HEADERS = Set.of("CALENDARS", "ACTIVATION-GROUP", "AGENDA-GROUP",
      "AUTO-FOCUS", "NO-LOOP");

  private TableValidator() {}

  /** The problems of a table; {@code workbook} as made readable by {@link TableWorkbooks}. */
  static List<TableProblem> problems(String file, byte[] workbook, ReferenceCodes codes) {
    RuleTableReader sheet = RuleTableReader.read(workbook);
    Map<String, Class<?>> imported = imported(sheet.imports());
    List<TableProblem> problems = new ArrayList<>();
    for (RuleTableReader.Table table : sheet.tables()) {
      problems.addAll(problems(file, table, imported, codes));
    }
    return problems;
  }

  private static List<TableProblem> problems(String file, RuleTableReader.Table table,
      Map<String, Class<?>> imported, ReferenceCodes codes) {
    Map<String, Class<?>> bound = new HashMap<>();
    Map<Integer, Class<?>> factOfColumn = new HashMap<>();
    table.facts.forEach((column, fact) -> {
      Matcher matcher = FACT.matcher(fact);
      if (matcher.find() && imported.containsKey(simpleName(matcher.group(2)))) {
        Class<?> type = imported.get(simpleName(matcher.group(2)));
        factOfColumn.put(column, type);
        if (matcher.group(1) != null) {
          bound.put(matcher.group(1), type);
        }
      }
    });
    CellChecks derive = new CellChecks(imported, bound, codes);
    Integer nameColumn = null;
    Map<Integer, CellCheck> checks = new LinkedHashMap<>();
    for (Map.Entry<Integer, String> type : table.types.entrySet()) {
      int column = type.getKey();
      switch (kind(type.getValue())) {
        case 'N' -> nameColumn = column;
        case 'C', 'A' -> Optional.ofNullable(table.codes.get(column))
            .flatMap(code -> derive.of(code, factOfColumn.get(column), label(table.labels.get(column), column)))
            .ifPresent(check -> checks.put(column, check));
        default -> { }
      }
    }
    List<TableProblem> problems = new ArrayList<>();
    Map<String, Integer> rowOfName = new HashMap<>();
    for (Map.Entry<Integer, Map<Integer, String>> rule : table.rules.entrySet()) {
      int row = rule.getKey() + 1;
      String name = nameColumn == null ? null : rule.getValue().get(nameColumn);
      String where = "决策表 " + file + " 第 " + row + " 行" + (name == null ? "（未写规则名称）" : "（规则“" + name + "”）");
      if (nameColumn != null && name == null) {
        problems.add(new TableProblem(file, row, cell(row, nameColumn), where + "：规则名称不能为空，请写一个说明本行的中文名称"));
      } else if (name != null && rowOfName.putIfAbsent(name, row) != null) {
        problems.add(new TableProblem(file, row, cell(row, nameColumn),
            where + "：规则名称与第 " + rowOfName.get(name) + " 行重复，每行的规则名称必须不同"));
      }
      checks.forEach((column, check) -> {
        String value = rule.getValue().get(column);
        if (value != null) {
          check.problem(value, row).ifPresent(problem -> problems.add(
              new TableProblem(file, row, cell(row, column), where + cell(row, column) + " 格：" + problem)));
        }
      });
    }
    return problems;
  }

  /** N (name), C (condition), A (action) or another column type, as Drools reads the type row. */
  private static char kind(String type) {
    String upper = type.strip().toUpperCase(Locale.ROOT);
    if (upper.equals("NAME") || upper.equals("CONDITION") || upper.equals("ACTION")) {
      return upper.charAt(0);
    }
    return OTHER_HEADERS.contains(upper) || upper.isEmpty() ? '-' : upper.charAt(0);
  }

  /** The first line of the column's label without 结论: and its explanation in brackets: 办理线; else the column. */
  private static String label(String label, int column) {
    String head = label == null ? "" : label.strip().split("\\R", 2)[0].replaceFirst("\\s*[(（].*$", "")
        .replaceFirst("^结论\\s*[:：]\\s*", "").strip();
    return head.isEmpty() ? CellReference.convertNumToColString(column) + " 列" : head;
  }

  private static String cell(int excelRow, int column) {
    return CellReference.convertNumToColString(column) + excelRow;
  }

  private static Map<String, Class<?>> imported(List<String> classNames) {
    Map<String, Class<?>> imported = new HashMap<>();
    for (String className : classNames) {
      try {
        imported.put(simpleName(className), Class.forName(className, false, TableValidator.class.getClassLoader()));
      } catch (ClassNotFoundException | LinkageError unknown) {
        // Drools reports an import it cannot resolve, naming it.
      }
    }
    return imported;
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
