package cn.petition.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.support.Api;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The REST contract end to end: intake, reading, masking, and completing tasks through /engine-rest. */
@IntegrationTest
class CaseApiTest {

  @Autowired TestRestTemplate rest;

  private Api as(String user) {
    return new Api(rest, user);
  }

  private Map<String, Object> contractExample(String idNumber) {
    Map<String, Object> petitioner = new HashMap<>(Map.of("name", "张三", "idNumber", idNumber,
        "phone", "13800000000", "householdRegion", "330100-01", "residenceRegion", "330100-01"));
    Map<String, Object> body = new HashMap<>();
    body.put("channel", "VISIT");
    body.put("receivedAt", "2026-09-28T09:30:00+08:00");
    body.put("firstContactDept", "XFJ");
    body.put("title", "小区加装电梯补贴未发放");
    body.put("content", "补贴至今未发放。");
    body.put("category", "城市更新");
    body.put("occurrenceRegion", "330100-01");
    body.put("personCount", 1);
    body.put("petitioners", new ArrayList<>(List.of(petitioner)));
    body.put("skipLevel", false);
    body.put("extremeBehaviour", false);
    return body;
  }

  @Test
  void registersAPetitionAsTheContractSays() {
    ResponseEntity<Map<String, Object>> created = as("xfj-handler").post("/api/cases",
        contractExample(Petitions.newIdNumber()));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> body = created.getBody();
    String caseNo = (String) body.get("caseNo");
    assertThat(caseNo).matches("XF20260928\\d{5}");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/cases/" + caseNo);
    assertThat(body).containsEntry("procedure", "GENERAL").containsEntry("line", "ORDINARY")
        .containsEntry("warningLevel", "NONE").containsEntry("handlingDept", "ZJJ")
        .containsEntry("acceptDueAt", "2026-10-08T23:59:59+08:00").containsEntry("status", "REGISTERED")
        .containsEntry("repeatOf", null);
    assertThat((String) body.get("processInstanceId")).isNotBlank();
  }

  @Test
  void refusesAnonymousCallers() {
    ResponseEntity<Map<String, Object>> answer = as(null).post("/api/cases", contractExample(Petitions.newIdNumber()));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(as(null).get("/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @SuppressWarnings("unchecked")
  void namesEveryBadFieldAndStoresNothing() {
    Map<String, Object> body = contractExample("12345");
    body.remove("channel");
    body.put("category", "外星人");
    body.put("personCount", 0);
    long before = countCases("xfj-handler");

    ResponseEntity<Map<String, Object>> answer = as("xfj-handler").post("/api/cases", body);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    List<Map<String, String>> errors = (List<Map<String, String>>) answer.getBody().get("errors");
    assertThat(errors).extracting(e -> e.get("field"))
        .contains("channel", "personCount", "petitioners[0].idNumber");
    assertThat(countCases("xfj-handler")).isEqualTo(before);

    body = contractExample(Petitions.newIdNumber());
    body.put("category", "外星人");
    body.put("occurrenceRegion", "999999");
    answer = as("xfj-handler").post("/api/cases", body);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) answer.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder("category", "occurrenceRegion");

    body = contractExample(Petitions.newIdNumber());
    body.put("channel", "FAX");
    answer = as("xfj-handler").post("/api/cases", body);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) answer.getBody().get("errors")).singleElement()
        .satisfies(e -> assertThat(e.get("field")).isEqualTo("channel"));

    body = contractExample(Petitions.newIdNumber());
    body.put("receivedAt", "2099-01-01T00:00:00+08:00");
    answer = as("xfj-handler").post("/api/cases", body);
    assertThat((List<Map<String, String>>) answer.getBody().get("errors")).singleElement()
        .satisfies(e -> assertThat(e.get("field")).isEqualTo("receivedAt"));
    assertThat(countCases("xfj-handler")).isEqualTo(before);
  }

  @Test
  @SuppressWarnings("unchecked")
  void showsTheCaseToItsDepartmentsMasksItForSupervisorsAndHidesItFromOthers() {
    String idNumber = Petitions.newIdNumber();
    String caseNo = (String) as("xfj-handler").post("/api/cases", contractExample(idNumber)).getBody().get("caseNo");

    Map<String, Object> own = as("xfj-handler").get("/api/cases/" + caseNo).getBody();
    Map<String, Object> petitioner = ((List<Map<String, Object>>) own.get("petitioners")).get(0);
    assertThat(petitioner).containsEntry("idNumber", idNumber).containsEntry("phone", "13800000000");
    assertThat(((Map<String, Object>) own.get("owner")).get("code")).isEqualTo("XFJ");
    assertThat(own.get("currentStage")).isEqualTo("受理审查");
    List<Map<String, Object>> deadlines = (List<Map<String, Object>>) own.get("deadlines");
    assertThat(deadlines).singleElement().satisfies(d -> {
      assertThat(d.get("limit")).isEqualTo("ACCEPT");
      assertThat(d.get("dueAt")).isEqualTo("2026-10-08T23:59:59+08:00");
      assertThat(d.get("dayType")).isEqualTo("CALENDAR_DAYS");
      assertThat((String) d.get("basis")).isNotBlank();
    });
    assertThat((List<?>) own.get("timeline")).isNotEmpty();

    Map<String, Object> supervised = as("supervisor").get("/api/cases/" + caseNo).getBody();
    Map<String, Object> masked = ((List<Map<String, Object>>) supervised.get("petitioners")).get(0);
    assertThat(masked.get("idNumber")).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
    assertThat(masked.get("phone")).isEqualTo("138****0000");

    assertThat(as("jyj-handler").get("/api/cases/" + caseNo).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("zjj-handler").get("/api/cases?dept=ZJJ&status=REGISTERED&size=200").getBody().get("items").toString())
        .contains(caseNo);
    assertThat(as("jyj-handler").get("/api/cases").getBody().get("items").toString()).doesNotContain(caseNo);
  }

  @Test
  @SuppressWarnings("unchecked")
  void handlersCompleteTheirDepartmentsTasksThroughEngineRest() {
    String caseNo = (String) as("xfj-handler").post("/api/cases", contractExample(Petitions.newIdNumber()))
        .getBody().get("caseNo");
    String query = "/engine-rest/task?processInstanceBusinessKey=" + caseNo;

    assertThat(as("jyj-handler").getText(query).getBody()).isEqualTo("[]");
    String tasks = as("xfj-handler").getText(query).getBody();
    assertThat(tasks).contains("受理审查");
    String taskId = tasks.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");

    Map<String, Object> bad = Map.of("variables", Map.of("decision", Map.of("value", "MAYBE", "type", "String")));
    ResponseEntity<String> refused = as("xfj-handler").postForText("/engine-rest/task/" + taskId + "/complete", bad);
    assertThat(refused.getStatusCode()).as(refused.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("decision");

    Map<String, Object> accept = Map.of("variables", Map.of("decision", Map.of("value", "ACCEPT", "type", "String")));
    ResponseEntity<String> done = as("xfj-handler").postForText("/engine-rest/task/" + taskId + "/complete", accept);
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> detail = as("xfj-handler").get("/api/cases/" + caseNo).getBody();
    assertThat(detail.get("status")).isEqualTo("HANDLING");
    assertThat(((Map<String, Object>) detail.get("handlingDept")).get("code")).isEqualTo("ZJJ");
    assertThat(as("zjj-handler").getText(query).getBody()).contains("办理");
  }

  @Test
  void handlersStartOnlyTheProcessesPeopleStart() {
    Map<String, Object> body = Map.of("businessKey", "XF2026092899999", "variables", Map.of());
    ResponseEntity<String> refused = as("rsj-handler").postForText(
        "/engine-rest/process-definition/key/warningResponse/start", body);
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    refused = as("rsj-handler").postForText("/engine-rest/process-definition/key/petitionAppeal/start", body);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void administratorsAndDesignersReloadTheDecisionTablesHandlersAndSupervisorsMayNot() {
    assertThat(as("xfj-handler").post("/api/rules/reload", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("supervisor").post("/api/rules/reload", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    for (String user : List.of("admin", "designer")) {
      ResponseEntity<Map<String, Object>> reloaded = as(user).post("/api/rules/reload", Map.of());
      assertThat(reloaded.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(((Number) reloaded.getBody().get("rules")).intValue()).isPositive();
    }
  }

  private long countCases(String user) {
    return ((Number) as(user).get("/api/cases?size=1").getBody().get("total")).longValue();
  }
}
