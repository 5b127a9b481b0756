package cn.petition.warning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.support.Api;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The colour in the intake answer (POST /api/cases), its re-evaluation, and the warnings of GET /api/cases/{caseNo}. */
@IntegrationTest
class WarningApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;

  private Api as(String user) {
    return new Api(rest, user);
  }

  static Map<String, Object> petition(String channel, String title, String content, String category, int persons,
      String idNumber, boolean skipLevel) {
    List<Object> people = new ArrayList<>();
    for (int i = 0; i < Math.min(persons, 5); i++) {
      people.add(new HashMap<>(Map.of("name", "信访人" + i, "idNumber", i == 0 ? idNumber : Petitions.newIdNumber(),
          "householdRegion", "330100-01", "residenceRegion", "330100-01")));
    }
    Map<String, Object> body = new HashMap<>();
    body.put("channel", channel);
    body.put("receivedAt", "2026-09-28T09:30:00+08:00");
    body.put("firstContactDept", "XFJ");
    body.put("title", title);
    body.put("content", content);
    body.put("category", category);
    body.put("occurrenceRegion", "330100-01");
    body.put("personCount", persons);
    body.put("petitioners", people);
    body.put("skipLevel", skipLevel);
    body.put("extremeBehaviour", false);
    return body;
  }

  /**
   * Six people about demolition threatening to block the road: a collective visit (≥5) in a key domain
   * (urban renewal) with an orange phrase (堵路) is red, row "重点领域集体访且扬言堵路进京等为红色" —
   * a threatened road block by a crowd is an urgent risk that needs handling within 24 hours.
   */
  @Test
  @SuppressWarnings("unchecked")
  void sixPeopleAboutDemolitionThreateningToBlockTheRoadAreRed() {
    ResponseEntity<Map<String, Object>> created = as("xfj-handler").post("/api/cases", petition("VISIT",
        "征收拆迁补偿不到位", "六户被征收户反映补偿款迟迟不到位，称再不解决就去堵路。", "征收拆迁", 6,
        Petitions.newIdNumber(), false));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("warningLevel", "RED");
    String caseNo = (String) created.getBody().get("caseNo");
    Map<String, Object> detail = as("xfj-handler").get("/api/cases/" + caseNo).getBody();
    assertThat(detail).containsEntry("warningLevel", "RED");
    List<Map<String, Object>> warnings = (List<Map<String, Object>>) detail.get("warnings");
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w).containsEntry("level", "RED").containsEntry("rule", "重点领域集体访且扬言堵路进京等为红色")
          .containsEntry("trigger", "INTAKE").containsEntry("status", "OPEN");
      assertThat((String) w.get("matchedPhrases")).contains("堵路");
      assertThat((String) w.get("dueAt")).endsWith("+08:00");
    });
    assertThat((List<Map<String, Object>>) detail.get("deadlines"))
        .anySatisfy(d -> assertThat(d).containsEntry("limit", "WARNING_RED").containsEntry("dayType", "HOURS"));
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(WarningProcess.KEY)
        .processInstanceBusinessKey(caseNo).count()).isEqualTo(1);
  }

  @Test
  void aSingleFirstTimeLetterAboutSchoolEnrolmentHasNoWarning() {
    ResponseEntity<Map<String, Object>> created = as("xfj-handler").post("/api/cases", petition("LETTER",
        "孩子入学被拒", "学区内适龄儿童入学被拒，希望教育局解决。", "教育", 1, Petitions.newIdNumber(), false));

    assertThat(created.getBody()).containsEntry("warningLevel", "NONE");
    String caseNo = (String) created.getBody().get("caseNo");
    assertThat(as("xfj-handler").get("/api/cases/" + caseNo).getBody().get("warnings")).asList().isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(WarningProcess.KEY)
        .processInstanceBusinessKey(caseNo).count()).isZero();
  }

  /** A skip-level repeat: row "越级重复信访为橙色"; the original is raised too (it is the same matter). */
  @Test
  void aSkipLevelRepeatPetitionerIsOrange() {
    String idNumber = Petitions.newIdNumber();
    ResponseEntity<Map<String, Object>> first = as("xfj-handler").post("/api/cases", petition("VISIT",
        "养老院收费上涨", "养老院单方面上调收费。", "养老托幼", 1, idNumber, false));
    assertThat(first.getBody()).containsEntry("warningLevel", "NONE");
    String original = (String) first.getBody().get("caseNo");

    ResponseEntity<Map<String, Object>> repeat = as("xfj-handler").post("/api/cases", petition("VISIT",
        "养老院收费上涨", "越级到市里反映养老院单方面上调收费。", "养老托幼", 1, idNumber, true));

    assertThat(repeat.getBody()).containsEntry("repeatOf", original).containsEntry("warningLevel", "ORANGE");
    Map<String, Object> detail = as("xfj-handler").get("/api/cases/" + original).getBody();
    assertThat(detail).containsEntry("warningLevel", "ORANGE");
    assertThat(detail.get("warnings")).asList().singleElement().asInstanceOf(
        org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("rule", "越级重复信访为橙色").containsEntry("trigger", "REPEAT");
  }

  @Test
  @SuppressWarnings("unchecked")
  void newFactsFromAHandlerRaiseTheColourAndSupersedeTheOldResponse() {
    ResponseEntity<Map<String, Object>> created = as("xfj-handler").post("/api/cases", petition("VISIT",
        "征收拆迁补偿", "补偿标准有异议。", "征收拆迁", 2, Petitions.newIdNumber(), false));
    assertThat(created.getBody()).containsEntry("warningLevel", "YELLOW");
    String caseNo = (String) created.getBody().get("caseNo");

    ResponseEntity<Map<String, Object>> answer = as("xfj-handler").post("/api/cases/" + caseNo + "/facts",
        Map.of("note", "信访人扬言要自焚"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("warningLevel", "RED").containsEntry("raised", true);
    assertThat((List<String>) answer.getBody().get("matchedPhrases")).contains("自焚");
    List<Map<String, Object>> warnings = (List<Map<String, Object>>) answer.getBody().get("warnings");
    assertThat(warnings).extracting(w -> w.get("level") + ":" + w.get("status"))
        .containsExactly("YELLOW:SUPERSEDED", "RED:OPEN");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(WarningProcess.KEY)
        .processInstanceBusinessKey(caseNo).count()).as("only the red response runs").isEqualTo(1);

    ResponseEntity<Map<String, Object>> again = as("xfj-handler").post("/api/cases/" + caseNo + "/facts",
        Map.of("personCount", 1));
    assertThat(again.getBody()).as("a colour is not lowered by a rule").containsEntry("warningLevel", "RED")
        .containsEntry("raised", false);
  }

  @Test
  @SuppressWarnings("unchecked")
  void badFactsAreNamedInChinese() {
    ResponseEntity<Map<String, Object>> created = as("xfj-handler").post("/api/cases", petition("LETTER",
        "孩子入学被拒", "入学被拒。", "教育", 1, Petitions.newIdNumber(), false));
    String caseNo = (String) created.getBody().get("caseNo");
    ResponseEntity<Map<String, Object>> bad = as("xfj-handler").post("/api/cases/" + caseNo + "/facts",
        Map.of("personCount", 0));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) bad.getBody().get("errors"))
        .containsExactly(Map.of("field", "personCount", "message", "人数至少为1"));
    assertThat(as("xfj-handler").post("/api/cases/" + caseNo + "/facts", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void onlyAdministratorsAndDesignersReloadThePhraseList() {
    for (String user : List.of("xfj-handler", "supervisor")) {
      assertThat(as(user).post("/api/warnings/phrases/reload", Map.of()).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    for (String user : List.of("admin", "designer")) {
      ResponseEntity<Map<String, Object>> reloaded = as(user).post("/api/warnings/phrases/reload", Map.of());
      assertThat(reloaded.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat((Integer) reloaded.getBody().get("phrases")).isGreaterThan(20);
    }
  }
}
