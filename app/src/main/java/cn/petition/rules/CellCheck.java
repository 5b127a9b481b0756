package cn.petition.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the cells of one decision-table column are checked, the way its code uses them: the whole
 * cell ({@code $param}), any number of comma-separated items ({@code forall}), or exactly one item
 * per placeholder ({@code $1, $2}).
 */
record CellCheck(Shape shape, List<String> labels, List<ValueRule> rules) {

  enum Shape { WHOLE, LIST, INDEXED }

  /** Chinese separators a rule author may type instead of the English comma. */
  private static final Pattern CHINESE_SEPARATOR = Pattern.compile("[，、；;]");

  static CellCheck whole(String label, ValueRule rule) {
    return new CellCheck(Shape.WHOLE, List.of(label), List.of(rule));
  }

  /** Items separated by commas; a null rule checks only the separators. */
  static CellCheck list(String label, ValueRule rule) {
    return new CellCheck(Shape.LIST, List.of(label), Collections.singletonList(rule));
  }

  /** One rule per item; a null rule leaves its item unchecked. */
  static CellCheck indexed(List<String> itemLabels, List<ValueRule> itemRules) {
    return new CellCheck(Shape.INDEXED, List.copyOf(itemLabels), new ArrayList<>(itemRules));
  }

  /** What is wrong with a cell in Chinese, naming the spreadsheet row; empty if the cell is fine. */
  Optional<String> problem(String cell, int excelRow) {
    return switch (shape) {
      case WHOLE -> rules.get(0).accepts(cell) ? Optional.empty()
          : Optional.of(labels.get(0) + rules.get(0).expectation() + written(excelRow, cell));
      case LIST -> listProblem(cell, excelRow);
      case INDEXED -> indexedProblem(cell, excelRow);
    };
  }

  private Optional<String> listProblem(String cell, int excelRow) {
    if (CHINESE_SEPARATOR.matcher(cell).find()) {
      return Optional.of(labels.get(0) + "有多项时用英文逗号 , 分隔" + written(excelRow, cell));
    }
    ValueRule rule = rules.get(0);
    List<String> items = items(cell);
    List<String> wrong = rule == null ? List.of() : items.stream().filter(item -> !rule.accepts(item)).toList();
    if (wrong.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(labels.get(0) + rule.expectation() + "（可填多项，用英文逗号分隔）"
        + written(excelRow, cell) + (items.size() > 1 ? "，其中 " + String.join("、", wrong) + " 有误" : ""));
  }

  private Optional<String> indexedProblem(String cell, int excelRow) {
    List<String> items = items(cell);
    if (items.size() != rules.size()) {
      return Optional.of("要填 " + rules.size() + " 项（" + String.join("、", labels) + "），用英文逗号分隔"
          + written(excelRow, cell));
    }
    for (int i = 0; i < items.size(); i++) {
      ValueRule rule = rules.get(i);
      if (rule != null && !rule.accepts(items.get(i))) {
        return Optional.of(labels.get(i) + rule.expectation() + written(excelRow, items.get(i)));
      }
    }
    return Optional.empty();
  }

  private static String written(int excelRow, String value) {
    return "，第 " + excelRow + " 行写的是 " + value;
  }

  private static List<String> items(String cell) {
    return Arrays.stream(cell.split(",", -1)).map(String::strip).toList();
  }
}
