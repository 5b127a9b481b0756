package cn.petition.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.springframework.core.io.Resource;

/**
 * A table's bytes, made readable by {@link TableWorkbooks}, and the DRL Drools generates from them,
 * to find its package and map Drools' errors back to spreadsheet rows and rule names.
 */
record GeneratedDrl(String fileName, byte[] bytes, String drl) {

  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern ROW_MARKER = Pattern.compile("^// rule values at [A-Z]+(\\d+)");
  private static final Pattern RULE = Pattern.compile("^rule \"(.*)\"");
  private static final Pattern MVEL_LINE = Pattern.compile("\\[Line: (\\d+)");
  /** How Drools names the rule of an error: {@code in rule "x"} (parser), {@code Rule name='x'} (builder). */
  private static final Pattern RULE_NAMED = Pattern.compile("in rule \"([^\"]+)\"|Rule name='([^']+)'");
  /** The expression an MVEL analysis error quotes: {@code Unable to Analyse Expression line == Line.X:}. */
  private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):\\s*(\\R|$)");

  static GeneratedDrl of(Resource table) {
    String fileName = table.getFilename();
    try {
      byte[] bytes = TableWorkbooks.readable(table.getContentAsByteArray());
      return new GeneratedDrl(fileName, bytes, drlOf(bytes));
    } catch (IOException | RuntimeException e) {
      throw new DecisionTableException("决策表 " + fileName + " 无法解析: " + e.getMessage(), e);
    }
  }

  /** The DRL Drools generates from a table's bytes (made readable by {@link TableWorkbooks}). */
  static String drlOf(byte[] readableTable) {
    return new SpreadsheetCompiler().compile(new ByteArrayInputStream(readableTable), InputType.XLS);
  }

  String packageName() {
    Matcher matcher = PACKAGE.matcher(drl);
    return matcher.find() ? matcher.group(1) : "rule_table";
  }

  /**
   * The spreadsheet row of an error: from its line in the DRL, else from the rule it names, else
   * from the expression it quotes (an MVEL analysis error has neither line nor rule).
   */
  Optional<Integer> rowOf(int drlLine, String text) {
    String[] lines = drl.split("\n", -1);
    int line = drlLine > 0 ? drlLine : mvelLine(text);
    if (line > 0) {
      return rowAbove(lines, line);
    }
    Matcher rule = RULE_NAMED.matcher(text);
    if (rule.find()) {
      String name = rule.group(1) != null ? rule.group(1) : rule.group(2);
      return lineWith(lines, "rule \"" + name + "\"").flatMap(at -> rowAbove(lines, at));
    }
    Matcher expression = EXPRESSION.matcher(text);
    if (expression.find()) {
      return lineWith(lines, expression.group(1).strip()).flatMap(at -> rowAbove(lines, at));
    }
    return Optional.empty();
  }

  /** The name of the rule generated from a spreadsheet row. */
  Optional<String> ruleAt(int row) {
    String[] lines = drl.split("\n", -1);
    for (int i = 0; i < lines.length - 1; i++) {
      Matcher marker = ROW_MARKER.matcher(lines[i].strip());
      if (marker.find() && Integer.parseInt(marker.group(1)) == row) {
        Matcher name = RULE.matcher(lines[i + 1].strip());
        return name.find() ? Optional.of(name.group(1)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The spreadsheet row of the rule around a line of the DRL (1-based). */
  private static Optional<Integer> rowAbove(String[] lines, int drlLine) {
    for (int i = Math.min(drlLine, lines.length) - 1; i >= 0; i--) {
      Matcher matcher = ROW_MARKER.matcher(lines[i].strip());
      if (matcher.find()) {
        return Optional.of(Integer.parseInt(matcher.group(1)));
      }
    }
    return Optional.empty();
  }

  /** The first DRL line (1-based) containing the text. */
  private static Optional<Integer> lineWith(String[] lines, String text) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }

  private static int mvelLine(String text) {
    Matcher matcher = MVEL_LINE.matcher(text);
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
  }
}
