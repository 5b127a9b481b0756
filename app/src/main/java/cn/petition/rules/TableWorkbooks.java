package cn.petition.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Makes a decision table saved by any spreadsheet program readable by Drools.
 *
 * <p>Drools reads a merged cell (the fact row {@code $f: RoutingFacts} spanning every condition
 * column) only through the covered cells that exist in the file: Excel, WPS and LibreOffice write
 * them as empty cells, but a writer that keeps only cells with a value or a style (openpyxl, pandas,
 * a workbook built from cell values) leaves them out, and the conditions of those columns lose their
 * fact ("[ERR 102] mismatched input '=='"). Every cell a merged region covers is created here, empty,
 * before the table is compiled. Shared and inline strings, booleans and numbers need nothing: Drools
 * reads them alike.
 */
final class TableWorkbooks {

  private TableWorkbooks() {}

  /** The workbook's bytes with every cell of its merged regions present; the bytes themselves if none was missing. */
  static byte[] readable(byte[] bytes) throws IOException {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      boolean filled = false;
      for (Sheet sheet : workbook) {
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
          filled |= fill(sheet, merged);
        }
      }
      if (!filled) {
        return bytes;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 1024);
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static boolean fill(Sheet sheet, CellRangeAddress merged) {
    boolean filled = false;
    for (int r = merged.getFirstRow(); r <= merged.getLastRow(); r++) {
      Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
      for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
        if (row.getCell(c) == null) {
          row.createCell(c, CellType.BLANK);
          filled = true;
        }
      }
    }
    return filled;
  }
}
