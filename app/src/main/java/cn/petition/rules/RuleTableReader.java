package cn.petition.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;

/**
 * Reads a decision table's first sheet cell by cell as Drools' own parser delivers it (the same
 * text for booleans, numbers and merged cells), following Drools' layout: the Import property, and
 * per {@code RuleTable} the column types, fact, code and label rows, then one rule per row up to the
 * first empty row.
 */
final class RuleTableReader implements DataListener {

  private static final int TYPE_ROW = 1;
  private static final int FACT_ROW = 2;
  private static final int CODE_ROW = 3;
  private static final int LABEL_ROW = 4;
  private static final int FIRST_RULE_ROW = 5;

  /** One RuleTable block. Rows and columns are 0-based, as in POI. */
  static final class Table {
    final int startRow;
    final int startColumn;
    final Map<Integer, String> types = new TreeMap<>();
    final Map<Integer, String> facts = new TreeMap<>();
    final Map<Integer, String> codes = new TreeMap<>();
    final Map<Integer, String> labels = new TreeMap<>();
    /** Rule rows: row → column → cell text. */
    final Map<Integer, Map<Integer, String>> rules = new TreeMap<>();

    Table(int startRow, int startColumn) {
      this.startRow = startRow;
      this.startColumn = startColumn;
    }
  }

  private final List<String> imports = new ArrayList<>();
  private final List<Table> tables = new ArrayList<>();
  private Table current;
  private int lastRuleRow;
  private String keyword;
  private int keywordRow = -1;

  /** Reads the first sheet of a workbook. */
  static RuleTableReader read(byte[] workbook) {
    RuleTableReader reader = new RuleTableReader();
    new ExcelParser(List.<DataListener>of(reader)).parseFile(new ByteArrayInputStream(workbook));
    return reader;
  }

  /** The fully qualified class names of the Import property. */
  List<String> imports() {
    return imports;
  }

  List<Table> tables() {
    return tables;
  }

  @Override
  public void startSheet(String name) {}

  @Override
  public void finishSheet() {}

  @Override
  public void newRow(int row, int columns) {}

  @Override
  public void newCell(int row, int column, String value, int mergedColumnStart) {
    if (value == null || value.isBlank()) {
      return;
    }
    String text = value.strip();
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("ruletable") || lower.startsWith("ruletable ")) {
      current = new Table(row, column);
      tables.add(current);
      lastRuleRow = row + FIRST_RULE_ROW;
      return;
    }
    if (current == null) {
      property(row, text);
      return;
    }
    if (column < current.startColumn) {
      return;
    }
    switch (row - current.startRow) {
      case 0 -> { }
      case TYPE_ROW -> current.types.put(column, text);
      case FACT_ROW -> current.facts.put(column, text);
      case CODE_ROW -> current.codes.put(column, text);
      case LABEL_ROW -> current.labels.put(column, text);
      default -> rule(row, column, text);
    }
  }

  private void rule(int row, int column, String text) {
    if (row - lastRuleRow > 1) {
      // An empty row ends the table, as in Drools.
      current = null;
      property(row, text);
      return;
    }
    lastRuleRow = Math.max(lastRuleRow, row);
    current.rules.computeIfAbsent(row, r -> new TreeMap<>()).put(column, text);
  }

  /** A keyword cell (Import) and the next cell of its row hold a property. */
  private void property(int row, String text) {
    if (keyword != null && keywordRow == row) {
      if (keyword.equals("import")) {
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(imports::add);
      }
      keyword = null;
    } else {
      keyword = text.toLowerCase(Locale.ROOT);
      keywordRow = row;
    }
  }
}
