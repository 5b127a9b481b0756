package cn.petition.screening;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.casefile.CaseProcess;
import cn.petition.support.Api;
import cn.petition.support.EngineClock;
import cn.petition.support.IntegrationTest;
import cn.petition.support.ProcessTests;
import cn.petition.warning.WarningProcess;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** POST/GET /api/disputes: report, colour, validation, visibility, and turning a dispute into a petition case. */
@IntegrationTest
class DisputeApiTest {

  /** The fixed dates below stay within the receipts the intake accepts (a year back, a year with holidays). */
  @RegisterExtension
  final EngineClock clock = EngineClock.at(OffsetDateTime.of(2026, 10, 15, 10, 0, 0, 0, ProcessTests.CST));

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired DisputeService disputes;

  private Api as(String user) {
    return new Api(rest, user);
  }

  static Map<String, Object> dispute(String region, String domain, int people, String description) {
    Map<String, Object> body = new HashMap<>();
    body.put("regionCode", region);
    body.put("domain", domain);
    body.put("place", "幸福里小区3幢");
    body.put("peopleInvolved", people);
    body.put("title", "拆迁补偿纠纷");
    body.put("description", description);
    body.put("parties", "李四、王五");
    return body;
  }

  /** The intake example (six people, demolition, 堵路) as a dispute: the same table gives the same colour, red. */
  @Test
  @SuppressWarnings("unchecked")
  void aReportedDisputeGetsItsColourFromTheWarningTable() {
    ResponseEntity<Map<String, Object>> created = as("grid-worker").post("/api/disputes", dispute("330100-01",
        "URBAN_RENEWAL", 6, "六户被征收户反映补偿款迟迟不到位，称再不解决就去堵路。"));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> body = created.getBody();
    long id = ((Number) body.get("id")).longValue();
    assertThat(created.getHeaders().getLocation()).hasToString("/api/disputes/" + id);
    assertThat(body).containsEntry("status", "REPORTED").containsEntry("warningLevel", "RED")
        .containsEntry("reportedBy", "grid-worker").containsEntry("category", "URBAN_RENEWAL");
    assertThat((Map<String, Object>) body.get("ownerDept")).containsEntry("code", "JD01");
    assertThat((Map<String, Object>) body.get("warning"))
        .containsEntry("rule", "重点领域集体访且扬言堵路进京等为红色");
    assertThat((String) ((Map<String, Object>) body.get("warning")).get("matchedPhrases")).contains("堵路");
    assertThat((List<Map<String, Object>>) body.get("history")).extracting(e -> e.get("kind"))
        .containsExactly("REPORTED", "WARNING");
    ProcessInstance response = runtimeService.createProcessInstanceQuery().processDefinitionKey(WarningProcess.KEY)
        .processInstanceBusinessKey(ScreeningProcess.businessKey(id)).singleResult();
    assertThat(response).isNotNull();
    assertThat(taskService.createTaskQuery().processInstanceId(response.getId()).taskCandidateGroup("dept-JD01")
        .count()).isEqualTo(1);
  }

  @Test
  void aSingleNeighbourQuarrelHasNoColourAndNoResponse() {
    ResponseEntity<Map<String, Object>> created = as("jd02-handler").post("/api/disputes", dispute("330100-02",
        "OTHER", 1, "楼上楼下因漏水发生口角。"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("warningLevel", "NONE").containsEntry("warning", null);
    long id = ((Number) created.getBody().get("id")).longValue();
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(ScreeningProcess.businessKey(id)).count()).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aBadReportNamesEveryBadFieldInChinese() {
    Map<String, Object> body = dispute("999999", "URBAN_RENEWAL", 0, " ");
    ResponseEntity<Map<String, Object>> refused = as("grid-worker").post("/api/disputes", body);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder("peopleInvolved", "description");

    ResponseEntity<Map<String, Object>> unknown = as("grid-worker").post("/api/disputes",
        dispute("999999", "URBAN_RENEWAL", 2, "小区改造施工扰民"));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) unknown.getBody().get("errors")).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "regionCode")
            .containsEntry("message", "未知的地区代码：999999"));

    Map<String, Object> wrongDomain = dispute("330100-01", "SPORTS", 2, "小区改造施工扰民");
    ResponseEntity<Map<String, Object>> badEnum = as("grid-worker").post("/api/disputes", wrongDomain);
    assertThat(badEnum.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) badEnum.getBody().get("errors")).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "domain"));

    Map<String, Object> wrongCategory = dispute("330100-01", "URBAN_RENEWAL", 2, "小区改造施工扰民");
    wrongCategory.put("category", "教育");
    ResponseEntity<Map<String, Object>> mismatch = as("grid-worker").post("/api/disputes", wrongCategory);
    assertThat((List<Map<String, Object>>) mismatch.getBody().get("errors")).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "category"));
    assertThat(as(null).post("/api/disputes", dispute("330100-01", "OTHER", 1, "口角")).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** The street office of the region, the county petition office, supervisors and the reporter see it; others not. */
  @Test
  @SuppressWarnings("unchecked")
  void onlyTheStreetTheDistrictSupervisorsAndTheReporterSeeADispute() {
    long id = ((Number) as("grid-worker").post("/api/disputes", dispute("330100-03", "LIVELIHOOD", 2,
        "养老院收费上涨，老人家属有意见。")).getBody().get("id")).longValue();
    for (String user : List.of("jd03-handler", "xfj-handler", "supervisor", "grid-worker")) {
      assertThat(as(user).get("/api/disputes/" + id).getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
    }
    for (String user : List.of("jd01-handler", "zjj-handler")) {
      assertThat(as(user).get("/api/disputes/" + id).getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(ids(as("jd03-handler").getText("/api/disputes?region=330100-03&status=REPORTED").getBody()))
        .contains(id);
    assertThat(ids(as("xfj-handler").getText("/api/disputes?status=REPORTED").getBody())).contains(id);
    assertThat(ids(as("jd01-handler").getText("/api/disputes").getBody())).doesNotContain(id);
    assertThat(ids(as("jd03-handler").getText("/api/disputes?status=RESOLVED").getBody())).doesNotContain(id);
    assertThat(as("jd03-handler").get("/api/disputes?status=OPEN").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  /** One action turns a dispute into a case that starts like any petition; the dispute keeps its history. */
  @Test
  @SuppressWarnings("unchecked")
  void aDisputeTurnsIntoAPetitionCaseOnce() {
    long id = ((Number) as("grid-worker").post("/api/disputes", dispute("330100-01", "LIVELIHOOD", 3,
        "学校周边违规补课，家长多次反映未果。")).getBody().get("id")).longValue();

    assertThat(as("jd02-handler").post("/api/disputes/" + id + "/petition", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("supervisor").post("/api/disputes/" + id + "/petition", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map<String, Object>> petitioned = as("jd01-handler").post("/api/disputes/" + id + "/petition",
        Map.of("channel", "LETTER"));
    assertThat(petitioned.getStatusCode()).as("%s", petitioned.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = (String) petitioned.getBody().get("caseNo");
    assertThat(petitioned.getHeaders().getLocation()).hasToString("/api/cases/" + caseNo);
    assertThat(petitioned.getBody()).containsEntry("status", "PETITIONED");

    Map<String, Object> c = as("jd01-handler").get("/api/cases/" + caseNo).getBody();
    assertThat(c).containsEntry("channel", "LETTER").containsEntry("title", "拆迁补偿纠纷");
    assertThat((Map<String, Object>) c.get("owner")).containsEntry("code", "JD01");
    assertThat((List<Map<String, Object>>) c.get("openTasks")).extracting(t -> t.get("taskDefinitionKey"))
        .containsExactly(CaseProcess.TASK_REVIEW_ACCEPTANCE);
    assertThat((List<Map<String, Object>>) c.get("timeline")).anySatisfy(e ->
        assertThat((String) e.get("detail")).startsWith("由矛盾纠纷 " + id + " 转为信访件"));
    assertThat(((List<Map<String, Object>>) c.get("petitioners")).get(0)).containsEntry("name", "李四");

    Map<String, Object> d = as("jd01-handler").get("/api/disputes/" + id).getBody();
    assertThat(d).containsEntry("status", "PETITIONED").containsEntry("caseNo", caseNo);
    assertThat((List<Map<String, Object>>) d.get("history")).extracting(e -> e.get("kind"))
        .startsWith("REPORTED").endsWith("PETITIONED");

    ResponseEntity<Map<String, Object>> again = as("xfj-handler").post("/api/disputes/" + id + "/petition", null);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("detail")).contains("已转为信访件 " + caseNo);
  }

  @Test
  void aResolvedDisputeCannotBecomeACase() {
    long id = ((Number) as("grid-worker").post("/api/disputes", dispute("330100-02", "OTHER", 1,
        "邻里之间因停车位发生争执。")).getBody().get("id")).longValue();
    disputes.resolve(id, "jd02-handler", "街道研判就地化解", "已调解，双方握手言和");

    ResponseEntity<Map<String, Object>> refused = as("jd02-handler").post("/api/disputes/" + id + "/petition",
        null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) refused.getBody().get("detail")).contains("已就地化解");
  }

  @Test
  @SuppressWarnings("unchecked")
  void petitionOverridesAreValidatedByTheIntake() {
    long id = ((Number) as("grid-worker").post("/api/disputes", dispute("330100-02", "OTHER", 1,
        "物业费纠纷。")).getBody().get("id")).longValue();
    ResponseEntity<Map<String, Object>> refused = as("xfj-handler").post("/api/disputes/" + id + "/petition",
        Map.of("firstContactDept", "NOPE"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactly("firstContactDept");
    assertThat(as("xfj-handler").get("/api/disputes/" + id).getBody()).containsEntry("status", "REPORTED");
  }

  private static List<Long> ids(String json) {
    List<Long> ids = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"id\":(\\d+)").matcher(json);
    while (m.find()) {
      ids.add(Long.parseLong(m.group(1)));
    }
    return ids;
  }
}
