package cn.petition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/** The loader: compiles the shipped tables, and refuses broken or misnamed ones loudly. */
class DecisionTablesTest {

  private static final String PROCEDURE = "rules/routing/procedure.drl.xlsx";
  /** Spreadsheet row 12 of procedure.drl.xlsx is the row 多人信访适用普通程序; column E is 涉及人数. */
  private static final int ROW = 12;

  @TempDir Path dir;

  @Test
  void compilesTheShippedTablesWithEveryRequiredRuleSet() {
    KieBase base = ShippedTables.load().kieBase();
    for (String ruleSet : ShippedTables.RULE_SETS) {
      assertThat(base.getKiePackage(ruleSet).getRules()).as(ruleSet).isNotEmpty();
    }
  }

  @Test
  void aBrokenConditionCellFailsWithFileRowAndReason() throws IOException {
    Path broken = copyProcedureTable("procedure.drl.xlsx", "> > 1");

    assertThatThrownBy(() -> DecisionTables.compile(List.of(new FileSystemResource(broken)), List.of()))
        .isInstanceOf(DecisionTableException.class)
        .hasMessageContaining("procedure.drl.xlsx")
        .hasMessageContaining("第 " + ROW + " 行")
        .hasMessageMatching("(?s).*第 " + ROW + " 行: \\S+.*");
  }

  @Test
  void aTableNotNamedDrlXlsxIsNotAcceptedAsTheExpectedRuleSet() throws IOException {
    Path misnamed = copyProcedureTable("x.xlsx", "> 1");

    assertThatThrownBy(() -> DecisionTables.compile(
            List.of(new FileSystemResource(misnamed)), List.of("petition.routing.procedure")))
        .isInstanceOf(DecisionTableException.class)
        .hasMessageContaining("petition.routing.procedure")
        .hasMessageContaining(".drl.xlsx");
  }

  @Test
  void anEmptyRuleBaseIsRefusedEvenWithoutRequiredRuleSets() {
    assertThatThrownBy(() -> DecisionTables.compile(List.<Resource>of(), List.of()))
        .isInstanceOf(DecisionTableException.class)
        .hasMessageContaining("规则库为空");
  }

  @Test
  void aFailedReloadKeepsTheOldRules() throws IOException {
    Path table = copyProcedureTable("procedure.drl.xlsx", "> 1");
    DecisionTables tables = new DecisionTables("file:" + dir + "/*.drl.xlsx", List.of("petition.routing.procedure"));
    KieBase before = tables.kieBase();

    copyProcedureTable(table.getFileName().toString(), "> > 1");
    assertThatThrownBy(tables::reload).isInstanceOf(DecisionTableException.class);
    assertThat(tables.kieBase()).isSameAs(before);

    copyProcedureTable(table.getFileName().toString(), "> 1");
    tables.reload();
    assertThat(tables.kieBase()).isNotSameAs(before);
  }

  /** Copies the shipped procedure table to {@code name}, with {@code personCount} cell of ROW set. */
  private Path copyProcedureTable(String name, String personCountCell) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = new ClassPathResource(PROCEDURE).getInputStream();
        Workbook workbook = WorkbookFactory.create(in);
        OutputStream out = Files.newOutputStream(target)) {
      workbook.getSheetAt(0).getRow(ROW - 1).getCell(4).setCellValue(personCountCell);
      workbook.write(out);
    }
    return target;
  }
}
