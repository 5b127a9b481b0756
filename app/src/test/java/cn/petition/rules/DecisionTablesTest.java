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
  void aBrokenConditionCellIsRefusedWithFileRowRuleAndReason() throws IOException {
    Path broken = copyProcedureTable("procedure.drl.xlsx", "> > 1");

    assertThatThrownBy(() -> DecisionTables.compile(List.of(new FileSystemResource(broken)), List.of()))
        .isInstanceOf(DecisionTableException.class)
        .hasMessageContaining("决策表 procedure.drl.xlsx 第 " + ROW + " 行（规则“多人信访适用普通程序”）E" + ROW
            + " 格：涉及人数须连同比较符填写");
  }

  @Test
  void aDroolsErrorWithoutALineIsTracedToItsRowAndRule() throws IOException {
    // A changed code row passes the cell checks; MVEL then fails on each rule without a DRL line.
    Path broken = copy("routing/routing.drl.xlsx", 9, 2, "line == Line.$param.x");

    assertThatThrownBy(() -> DecisionTables.compile(List.of(new FileSystemResource(broken)), List.of()))
        .isInstanceOf(DecisionTableException.class)
        .hasMessageContaining("决策表 routing.drl.xlsx 第 11 行（规则“涉法涉诉交县委政法委”）：Unable to Analyse Expression")
        .hasMessageContaining("决策表 routing.drl.xlsx 第 12 行（规则“城市更新类交住建局”）：Unable to Analyse Expression");
  }

  @Test
  void aSyntaxErrorNamesItsRowAndRule() throws IOException {
    Path broken = copy("routing/procedure.drl.xlsx", 9, 4, "personCount >> $param");

    assertThatThrownBy(() -> DecisionTables.compile(List.of(new FileSystemResource(broken)), List.of()))
        .isInstanceOf(DecisionTableException.class)
        .hasMessageMatching("(?s)决策表编译失败:\n决策表 procedure\\.drl\\.xlsx 第 \\d+ 行（规则“[^”]+”）：\\[ERR 10\\d].*")
        .hasMessageNotContaining("null Package");
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
  void startupRefusesAWrongCellNamingRowRuleAndCell() throws IOException {
    copy("routing/routing.drl.xlsx", 12, 2, "BOGUS_LINE");

    assertThatThrownBy(() -> new DecisionTables("file:" + dir + "/*.drl.xlsx", List.of("petition.routing.routing")))
        .isInstanceOf(DecisionTableException.class)
        .hasMessage("决策表有误，未加载:\n决策表 routing.drl.xlsx 第 12 行（规则“城市更新类交住建局”）C12 格："
            + "办理线只能是 ORDINARY 或 LAW_LITIGATION，第 12 行写的是 BOGUS_LINE");
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
    Path copy = copy("routing/procedure.drl.xlsx", ROW, 4, personCountCell);
    return Files.move(copy, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Copies a shipped table into the temporary folder, with one cell (1-based row, 0-based column) set. */
  private Path copy(String table, int row, int column, String value) throws IOException {
    Path target = dir.resolve(table.substring(table.indexOf('/') + 1));
    try (InputStream in = new ClassPathResource("rules/" + table).getInputStream();
        Workbook workbook = WorkbookFactory.create(in);
        OutputStream out = Files.newOutputStream(target)) {
      workbook.getSheetAt(0).getRow(row - 1).getCell(column).setCellValue(value);
      workbook.write(out);
    }
    return target;
  }
}
