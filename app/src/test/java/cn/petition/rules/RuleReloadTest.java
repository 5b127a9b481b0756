package cn.petition.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.routing.Line;
import cn.petition.routing.RoutingFacts;
import cn.petition.routing.RoutingResult;
import cn.petition.support.Api;
import cn.petition.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * POST /api/rules/reload on the running application, its tables and its database: a wrong cell is
 * refused with 422 naming file, row, rule and cell, and the rules in force stay; codes are checked
 * against the departments in the database, not a list in the code.
 */
@IntegrationTest
class RuleReloadTest {

  @Autowired TestRestTemplate rest;
  @Autowired DecisionTables tables;

  /** The routing table the application reads (the compiled classpath, a folder in tests). */
  private Path routing;
  private byte[] shipped;

  @BeforeEach
  void findTheRoutingTable() throws IOException {
    ClassPathResource resource = new ClassPathResource("rules/routing/routing.drl.xlsx");
    Assumptions.assumeTrue(resource.isFile(), "the decision tables are read from a folder");
    File file = resource.getFile();
    routing = file.toPath();
    shipped = Files.readAllBytes(routing);
  }

  @AfterEach
  void restoreTheShippedTable() throws IOException {
    Files.write(routing, shipped);
    assertThat(administrator().post("/api/rules/reload", Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aWrongCellIsRefusedWith422NamingFileRowRuleAndCellAndTheRulesStay() throws IOException {
    KieBase inForce = tables.kieBase();
    write(Map.of("C12", "BOGUS_LINE", "F14", "NOPE"));

    ResponseEntity<Map<String, Object>> refused = administrator().post("/api/rules/reload", Map.of());

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.getBody()).containsEntry("title", "决策表有错误，仍使用原来的规则");
    assertThat((List<Object>) refused.getBody().get("errors")).containsExactly(
        Map.of("field", "routing.drl.xlsx C12", "message", "决策表 routing.drl.xlsx 第 12 行（规则“城市更新类交住建局”）C12 格："
            + "办理线只能是 ORDINARY 或 LAW_LITIGATION，第 12 行写的是 BOGUS_LINE"),
        Map.of("field", "routing.drl.xlsx F14", "message", "决策表 routing.drl.xlsx 第 14 行（规则“教育类交教育局”）F14 格："
            + "承办部门代码须是已登记的部门代码（见 department 表），第 14 行写的是 NOPE"));
    assertThat(tables.kieBase()).as("the rules in force").isSameAs(inForce);
    assertThat(route("EDUCATION")).isEqualTo("JYJ");
  }

  @Test
  void aDepartmentOfTheDatabaseIsAccepted() throws IOException {
    // 县纪委监委 is a department in the database, though no shipped table names it.
    write(Map.of("F14", "JWJW"));

    assertThat(administrator().post("/api/rules/reload", Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(route("EDUCATION")).isEqualTo("JWJW");
  }

  private String route(String category) {
    return tables.decide(new RoutingFacts(category, Line.ORDINARY, "330100-01")).map(RoutingResult::departmentCode)
        .orElse(null);
  }

  private void write(Map<String, String> cells) throws IOException {
    try (Workbook workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(shipped));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      cells.forEach((ref, value) -> {
        CellReference at = new CellReference(ref);
        workbook.getSheetAt(0).getRow(at.getRow()).getCell(at.getCol()).setCellValue(value);
      });
      workbook.write(out);
      Files.write(routing, out.toByteArray());
    }
  }

  private Api administrator() {
    return new Api(rest, "admin");
  }
}
