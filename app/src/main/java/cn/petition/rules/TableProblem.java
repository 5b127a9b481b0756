package cn.petition.rules;

/**
 * One thing wrong with a decision table, for the rule author.
 *
 * @param file the table's file name, e.g. routing.drl.xlsx
 * @param row the spreadsheet row (1-based), or 0 when it is not known
 * @param cell the cell, e.g. C12, or null
 * @param message the whole message in Chinese, naming file, row, rule and cell
 */
public record TableProblem(String file, int row, String cell, String message) {

  /** Where it is, as the field of a problem+json error: "routing.drl.xlsx C12", "routing.drl.xlsx 第 12 行". */
  public String where() {
    if (cell != null) {
      return file + " " + cell;
    }
    return row > 0 ? file + " 第 " + row + " 行" : file;
  }
}
