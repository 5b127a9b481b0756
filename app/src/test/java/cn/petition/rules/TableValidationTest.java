package cn.petition.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A wrong cell in an enum, code or number column of any table is refused before Drools compiles,
 * in Chinese, naming the file, the spreadsheet row, the rule and the cell.
 */
class TableValidationTest {

  /** The codes the shipped tables use stand for the reference data (the database in the application). */
  private static final Map<ReferenceList, Set<String>> CODES = Map.of(
      ReferenceList.CATEGORY, Set.of("URBAN_RENEWAL", "OLD_COMMUNITY", "DEMOLITION", "LAND_RESOURCES", "EDUCATION",
          "EMPLOYMENT", "WORKER_RESETTLEMENT", "MEDICAL", "ELDERLY_CHILDCARE", "NEIGHBOURHOOD", "OTHER"),
      ReferenceList.DOMAIN, Set.of("LIVELIHOOD", "URBAN_RENEWAL", "LAW_LITIGATION", "ENTERPRISE_RESTRUCTURING", "OTHER"),
      ReferenceList.REGION, Set.of("330100-01", "330100-02", "330100-03"),
      ReferenceList.DEPARTMENT, Set.of("ZFW", "ZJJ", "ZRZYJ", "JYJ", "RSJ", "JD01", "JD02", "JD03"));
  private static final ReferenceCodes REFERENCE = CODES::get;

  @TempDir Path dir;

  @Test
  void theShippedTablesPass() throws IOException {
    DecisionTables.compile(shipped(), ShippedTables.RULE_SETS, REFERENCE);
  }

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      routing/line.drl.xlsx | C11 | LAW_LITIGATION, LAWSUIT | 信访领域须是已登记的信访领域代码（见 category 表的 domain 列）（可填多项，用英文逗号分隔），第 11 行写的是 LAW_LITIGATION, LAWSUIT，其中 LAWSUIT 有误
      routing/line.drl.xlsx | E12 | BOGUS_LINE | 办理线只能是 ORDINARY 或 LAW_LITIGATION，第 12 行写的是 BOGUS_LINE
      routing/procedure.drl.xlsx | C16 | URBAN_RENEWAL, LAW | 信访领域须是已登记的信访领域代码（见 category 表的 domain 列）（可填多项，用英文逗号分隔），第 16 行写的是 URBAN_RENEWAL, LAW，其中 LAW 有误
      routing/procedure.drl.xlsx | D11 | 是 | 重复信访只能是 true 或 false，第 11 行写的是 是
      routing/procedure.drl.xlsx | E12 | 1 | 涉及人数须连同比较符填写，例如 >= 3（比较符 >、>=、<、<=、==、!=，后面是整数），第 12 行写的是 1
      routing/procedure.drl.xlsx | F13 | > 1.5 | 信访人数须连同比较符填写，例如 >= 3（比较符 >、>=、<、<=、==、!=，后面是整数），第 13 行写的是 > 1.5
      routing/procedure.drl.xlsx | I12 | COMPLEX | 办理程序只能是 GENERAL 或 SIMPLE，第 12 行写的是 COMPLEX
      routing/routing.drl.xlsx | C12 | BOGUS_LINE | 办理线只能是 ORDINARY 或 LAW_LITIGATION，第 12 行写的是 BOGUS_LINE
      routing/routing.drl.xlsx | D13 | LAND | 信访类别代码须是已登记的信访类别代码（见 category 表）（可填多项，用英文逗号分隔），第 13 行写的是 LAND
      routing/routing.drl.xlsx | E16 | 330100-99 | 事发地区划代码须是已登记的区划代码（见 region 表），第 16 行写的是 330100-99
      routing/routing.drl.xlsx | F14 | JYJJ | 承办部门代码须是已登记的部门代码（见 department 表），第 14 行写的是 JYJJ
      warning/warning.drl.xlsx | C11 | yes | 极端行为只能是 true 或 false，第 11 行写的是 yes
      warning/warning.drl.xlsx | D12 | PURPLE | 文本信号只能是 NONE、YELLOW、ORANGE 或 RED，第 12 行写的是 PURPLE
      warning/warning.drl.xlsx | E15 | >= five | 涉及人数须连同比较符填写，例如 >= 3（比较符 >、>=、<、<=、==、!=，后面是整数），第 15 行写的是 >= five
      warning/warning.drl.xlsx | G16 | ≥ 1 | 此前重复信访次数须连同比较符填写，例如 >= 3（比较符 >、>=、<、<=、==、!=，后面是整数），第 16 行写的是 ≥ 1
      warning/warning.drl.xlsx | H13 | LIVELIHOOD，URBAN_RENEWAL | 重点领域有多项时用英文逗号 , 分隔，第 13 行写的是 LIVELIHOOD，URBAN_RENEWAL
      warning/warning.drl.xlsx | I14 | CRIMSON | 预警颜色只能是 NONE、YELLOW、ORANGE 或 RED，第 14 行写的是 CRIMSON
      supervision/escalation.drl.xlsx | C15 | OVERDUE, LATE | 节点只能是 APPROACHING、DUE、OVERDUE、UNANSWERED 或 HIGH_RISK（可填多项，用英文逗号分隔），第 15 行写的是 OVERDUE, LATE，其中 LATE 有误
      supervision/escalation.drl.xlsx | D15 | 3 | 逾期天数须连同比较符填写，例如 >= 3（比较符 >、>=、<、<=、==、!=，后面是整数），第 15 行写的是 3
      supervision/escalation.drl.xlsx | E12 | ORANGE, PINK | 预警颜色只能是 NONE、YELLOW、ORANGE 或 RED（可填多项，用英文逗号分隔），第 12 行写的是 ORANGE, PINK，其中 PINK 有误
      supervision/escalation.drl.xlsx | F17 | >= 2.5 | 本时限已发函件数须连同比较符填写，例如 >= 3（比较符 >、>=、<、<=、==、!=，后面是整数），第 17 行写的是 >= 2.5
      supervision/escalation.drl.xlsx | G14 | COMPLEX | 程序只能是 GENERAL 或 SIMPLE（可填多项，用英文逗号分隔），第 14 行写的是 COMPLEX
      supervision/escalation.drl.xlsx | H14 | ORDINARY, OTHER | 办理线只能是 ORDINARY 或 LAW_LITIGATION（可填多项，用英文逗号分隔），第 14 行写的是 ORDINARY, OTHER，其中 OTHER 有误
      supervision/escalation.drl.xlsx | I15 | ACCOUNTABILITY_LETTER, NOBODY | 接收人只能是 HANDLER、HANDLING_LEADER、RESPONSIBLE_LEADER 或 DISCIPLINE，第 15 行写的是 NOBODY
      supervision/escalation.drl.xlsx | I13 | NOTICE | 要填 2 项（函件种类、接收人），用英文逗号分隔，第 13 行写的是 NOTICE
      supervision/escalation.drl.xlsx | I14 | LETTER, HANDLING_LEADER | 函件种类只能是 NOTICE、SUPERVISION_LETTER、RISK_REMINDER_LETTER 或 ACCOUNTABILITY_LETTER，第 14 行写的是 LETTER
      supervision/backlog.drl.xlsx | C11 | >= three | 重复信访次数须连同比较符填写，例如 >= 3（比较符 >、>=、<、<=、==、!=，后面是整数），第 11 行写的是 >= three
      supervision/backlog.drl.xlsx | D14 | > 1825 days | 已办理天数须连同比较符填写，例如 >= 3（比较符 >、>=、<、<=、==、!=，后面是整数），第 14 行写的是 > 1825 days
      supervision/backlog.drl.xlsx | G13 | RED, SCARLET | 预警颜色只能是 NONE、YELLOW、ORANGE 或 RED（可填多项，用英文逗号分隔），第 13 行写的是 RED, SCARLET，其中 SCARLET 有误
      supervision/backlog.drl.xlsx | H12 | 是 | 是否列为积案只能是 true 或 false，第 12 行写的是 是
      """)
  void aWrongCellIsRefusedNamingFileRowRuleAndCell(String table, String cell, String value, String reason)
      throws IOException {
    String file = table.substring(table.indexOf('/') + 1);
    int row = new CellReference(cell).getRow() + 1;
    String rule = cellText(table, "B" + row);

    DecisionTableException refused = refuse(table, Map.of(cell, value));

    assertThat(refused.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.message()).isEqualTo("决策表 " + file + " 第 " + row + " 行（规则“" + rule + "”）" + cell + " 格："
          + reason);
      assertThat(problem.where()).isEqualTo(file + " " + cell);
    });
  }

  @Test
  void everyWrongCellOfATableIsListedAndRuleNamesAreRequiredAndUnique() throws IOException {
    DecisionTableException refused = refuse("routing/routing.drl.xlsx",
        Map.of("C12", "BOGUS_LINE", "F18", "JD09", "B15", "", "B16", "教育类交教育局"));

    assertThat(refused.problems()).extracting(TableProblem::message).containsExactly(
        "决策表 routing.drl.xlsx 第 12 行（规则“城市更新类交住建局”）C12 格：办理线只能是 ORDINARY 或 LAW_LITIGATION，第 12 行写的是 BOGUS_LINE",
        "决策表 routing.drl.xlsx 第 15 行（未写规则名称）：规则名称不能为空，请写一个说明本行的中文名称",
        "决策表 routing.drl.xlsx 第 16 行（规则“教育类交教育局”）：规则名称与第 14 行重复，每行的规则名称必须不同",
        "决策表 routing.drl.xlsx 第 18 行（规则“属地事项交西山镇”）F18 格：承办部门代码须是已登记的部门代码（见 department 表），第 18 行写的是 JD09");
    assertThat(refused.getMessage()).startsWith("决策表有误，未加载:\n决策表 routing.drl.xlsx 第 12 行");
  }

  @Test
  void referenceCodesAreNotCheckedWhileTheirListIsEmpty() throws IOException {
    Path table = copy("routing/routing.drl.xlsx", Map.of("F14", "JYJJ"));
    ReferenceCodes noDepartmentsYet = list -> list == ReferenceList.DEPARTMENT ? Set.of() : CODES.get(list);

    DecisionTables.compile(List.of(new FileSystemResource(table)), List.of("petition.routing.routing"), noDepartmentsYet);
  }

  private DecisionTableException refuse(String table, Map<String, String> cells) throws IOException {
    Path changed = copy(table, cells);
    try {
      DecisionTables.compile(List.of(new FileSystemResource(changed)), List.of(), REFERENCE);
    } catch (DecisionTableException refused) {
      return refused;
    }
    throw new AssertionError("决策表 " + table + " 改动 " + cells + " 后仍被接受");
  }

  /** Copies a shipped table with some cells changed; an empty value empties the cell. */
  private Path copy(String table, Map<String, String> cells) throws IOException {
    Path target = dir.resolve(table.substring(table.indexOf('/') + 1));
    try (InputStream in = new ClassPathResource("rules/" + table).getInputStream();
        Workbook workbook = WorkbookFactory.create(in);
        OutputStream out = Files.newOutputStream(target)) {
      Sheet sheet = workbook.getSheetAt(0);
      cells.forEach((ref, value) -> {
        CellReference at = new CellReference(ref);
        Row row = sheet.getRow(at.getRow());
        Cell cell = row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
        if (value.isEmpty()) {
          row.removeCell(cell);
        } else {
          cell.setCellValue(value);
        }
      });
      workbook.write(out);
    }
    return target;
  }

  private static String cellText(String table, String ref) throws IOException {
    try (InputStream in = new ClassPathResource("rules/" + table).getInputStream();
        Workbook workbook = WorkbookFactory.create(in)) {
      CellReference at = new CellReference(ref);
      return workbook.getSheetAt(0).getRow(at.getRow()).getCell(at.getCol()).getStringCellValue();
    }
  }

  private static List<Resource> shipped() throws IOException {
    return Arrays.asList(new PathMatchingResourcePatternResolver().getResources(ShippedTables.LOCATION));
  }
}
