package cn.petition.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Saves a decision table the way other programs do, for round-trip tests: a workbook written afresh
 * from the cell values, as openpyxl or pandas write one (only cells with a value, no styles, merged
 * regions kept as ranges), with shared or inline strings, or with the values typed as Excel types
 * them (TRUE as a boolean, 5 as a number); and through LibreOffice when it is installed.
 */
enum OtherWriters {

  /** Fresh workbook, shared strings, only cells with a value: what a plain openpyxl load and save leaves. */
  VALUES_ONLY(false, false),
  /** The same written by a streaming writer: every string inline ({@code t="inlineStr"}). */
  INLINE_STRINGS(true, false),
  /** Values as Excel or WPS type them: true/false as booleans, whole numbers as numbers. */
  TYPED_VALUES(false, true);

  private final boolean inline;
  private final boolean typed;

  OtherWriters(boolean inline, boolean typed) {
    this.inline = inline;
    this.typed = typed;
  }

  byte[] rewrite(byte[] table) throws IOException {
    try (Workbook source = WorkbookFactory.create(new ByteArrayInputStream(table));
        XSSFWorkbook fresh = new XSSFWorkbook();
        Workbook target = inline ? new SXSSFWorkbook(fresh) : fresh) {
      Sheet from = source.getSheetAt(0);
      Sheet to = target.createSheet(from.getSheetName());
      for (Row row : from) {
        Row copy = null;
        for (Cell cell : row) {
          String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
          if (cell.getCellType() == CellType.BLANK || (text != null && text.isEmpty())) {
            continue;
          }
          copy = copy == null ? to.createRow(row.getRowNum()) : copy;
          value(cell, copy.createCell(cell.getColumnIndex()));
        }
      }
      // Merged regions go after the rows: a streaming sheet writes rows first.
      from.getMergedRegions().forEach(to::addMergedRegion);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      target.write(out);
      return out.toByteArray();
    }
  }

  private void value(Cell from, Cell to) {
    switch (from.getCellType()) {
      case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
      case NUMERIC -> to.setCellValue(from.getNumericCellValue());
      default -> {
        String text = from.getStringCellValue();
        if (typed && (text.equals("true") || text.equals("false"))) {
          to.setCellValue(Boolean.parseBoolean(text));
        } else if (typed && text.matches("\\d+")) {
          to.setCellValue(Double.parseDouble(text));
        } else {
          to.setCellValue(text);
        }
      }
    }
  }

  /** The LibreOffice program on the PATH, if it is installed with Calc (its spreadsheet library libsclo). */
  static Optional<Path> libreOfficeCalc() {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .map(dir -> Path.of(dir, "soffice")).filter(Files::isExecutable).findFirst()
        .filter(soffice -> {
          try {
            return Files.exists(soffice.toRealPath().resolveSibling("libsclo.so"));
          } catch (IOException e) {
            return false;
          }
        });
  }

  /** Opens tables in LibreOffice Calc and saves each as xlsx again under {@code out}, same name (headless, own profile). */
  static void throughLibreOffice(Path soffice, List<Path> tables, Path out) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("libreoffice");
    List<String> command = new ArrayList<>(List.of(soffice.toString(),
        "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless", "--convert-to", "xlsx",
        "--outdir", out.toString()));
    tables.forEach(table -> command.add(table.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("libreoffice.log").toFile()).start();
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("LibreOffice did not finish converting " + tables);
    }
    for (Path table : tables) {
      if (!Files.exists(out.resolve(table.getFileName()))) {
        throw new IOException("LibreOffice did not save " + table + ": " + Files.readString(work.resolve("libreoffice.log")));
      }
    }
  }
}
