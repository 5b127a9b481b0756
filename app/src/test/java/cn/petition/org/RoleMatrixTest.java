package cn.petition.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.casefile.CaseEventMapper;
import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.support.Api;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 7, hole 4: writes beyond the role, against the README's role matrix (角色与权限). The supervisor reads
 * everything and writes nothing; administrators and designers configure but do not handle cases; other
 * departments do not even see a case. The Camunda side of the matrix (who starts what, who operates instances)
 * is checked over /engine-rest.
 */
@IntegrationTest
class RoleMatrixTest {

  private static final OffsetDateTime RECEIVED = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1);

  @Autowired TestRestTemplate rest;
  @Autowired PetitionCaseMapper cases;
  @Autowired CaseEventMapper events;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  private Api as(String user) {
    return new Api(rest, user);
  }

  @Test
  void theSupervisorCannotTurnACaseRed() {
    String caseNo = registerAtThePetitionOffice();
    int timeline = events.ofCase(caseNo).size();
    Map<String, Object> red = Map.of("personCount", 60, "extremeBehaviour", true, "note", "督查员补充");

    ResponseEntity<Map<String, Object>> refused = as("supervisor").post("/api/cases/" + caseNo + "/facts", red);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody().get("detail").toString()).contains("只能查看");
    assertThat(cases.find(caseNo).getWarningLevel()).isEqualTo("NONE");
    assertThat(cases.find(caseNo).getPersonCount()).isEqualTo(1);
    assertThat(events.ofCase(caseNo)).hasSize(timeline);
  }

  @Test
  void onlyTheCasesOwnDepartmentsRecordNewFacts() {
    String caseNo = registerAtThePetitionOffice();
    Map<String, Object> facts = Map.of("note", "信访人来电补充情况");

    assertThat(as("admin").post("/api/cases/" + caseNo + "/facts", facts).getStatusCode())
        .as("the administrator sees the case but does not handle it").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("designer").post("/api/cases/" + caseNo + "/facts", facts).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("jyj-handler").post("/api/cases/" + caseNo + "/facts", facts).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("xfj-leader").post("/api/cases/" + caseNo + "/facts", facts).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as("zjj-handler").post("/api/cases/" + caseNo + "/facts", facts).getStatusCode())
        .as("the handling department is one of the case's departments").isEqualTo(HttpStatus.OK);
  }

  @Test
  void onlyDepartmentMembersRegisterCases() {
    long before = countCases();
    for (String user : List.of("supervisor", "admin", "designer", "grid-worker")) {
      ResponseEntity<Map<String, Object>> refused = as(user).post("/api/cases",
          Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()));
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(countCases()).isEqualTo(before);
  }

  @Test
  void onlyTheCasesOwnDepartmentsRegisterAppeals() {
    String caseNo = registerAtThePetitionOffice();
    for (String user : List.of("supervisor", "admin")) {
      assertThat(as(user).post("/api/cases/" + caseNo + "/appeals", Map.of("kind", "REVIEW")).getStatusCode())
          .as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(as("xfj-handler").post("/api/cases/" + caseNo + "/appeals", Map.of("kind", "REVIEW"))
        .getStatusCode()).as("allowed, but not before the written reply").isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void supervisorsAdministratorsAndDesignersReportNoDisputesNorTurnThemIntoCases() {
    Map<String, Object> dispute = new HashMap<>(Map.of("regionCode", "330100-01", "domain", "LIVELIHOOD",
        "place", "幸福里小区3幢", "peopleInvolved", 2, "title", "邻里噪音纠纷", "description", "楼上装修噪音扰民。",
        "parties", "李四、王五"));
    for (String user : List.of("supervisor", "admin", "designer")) {
      assertThat(as(user).post("/api/disputes", dispute).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<Map<String, Object>> reported = as("grid-worker").post("/api/disputes", dispute);
    assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) reported.getBody().get("id")).longValue();

    assertThat(as("admin").post("/api/disputes/" + id + "/petition", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("jd01-handler").post("/api/disputes/" + id + "/petition", null).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void theSupervisorAndTheDesignerStartNothingInTheTasklist() {
    for (String user : List.of("supervisor", "designer")) {
      for (String key : List.of(CaseProcess.KEY, "disputeReport")) {
        assertThat(engine(user, HttpMethod.POST, "/engine-rest/process-definition/key/" + key + "/submit-form",
            Map.of("variables", Map.of())).getStatusCode()).as("%s starts %s", user, key)
            .isEqualTo(HttpStatus.FORBIDDEN);
      }
    }
  }

  @Test
  void onlyAdministratorsOperateRunningCaseInstances() {
    String caseNo = registerAtThePetitionOffice();
    String instance = cases.find(caseNo).getProcessInstanceId();
    Map<String, Object> moveToClose = Map.of("skipCustomListeners", true, "instructions",
        List.of(Map.of("type", "startBeforeActivity", "activityId", "CloseCase")));
    Map<String, Object> variable = Map.of("value", "JYJ", "type", "String");

    for (String user : List.of("designer", "supervisor", "xfj-handler")) {
      assertThat(engine(user, HttpMethod.POST, "/engine-rest/process-instance/" + instance + "/modification",
          moveToClose).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(engine(user, HttpMethod.PUT, "/engine-rest/process-instance/" + instance
          + "/variables/handlingDept", variable).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    String timer = managementService.createJobQuery().processInstanceId(instance).timers().list().get(0).getId();
    assertThat(engine("designer", HttpMethod.PUT, "/engine-rest/job/" + timer + "/duedate",
        Map.of("duedate", "2020-01-01T00:00:00.000+0800")).getStatusCode())
        .as("a designer cannot bring the supervision ladder forward").isEqualTo(HttpStatus.FORBIDDEN);
    String deployment = repositoryService.createProcessDefinitionQuery().processDefinitionKey(CaseProcess.KEY)
        .latestVersion().singleResult().getDeploymentId();
    assertThat(engine("designer", HttpMethod.DELETE, "/engine-rest/deployment/" + deployment + "?cascade=true", null)
        .getStatusCode()).as("a designer cannot delete the running cases with their deployment")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(cases.find(caseNo).getStatus()).isEqualTo("REGISTERED");
    assertThat(runtimeService.getVariable(instance, CaseProcess.HANDLING_DEPT)).isEqualTo("ZJJ");

    assertThat(engine("admin", HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/variables/adminNote",
        Map.of("value", "运维备注", "type", "String")).getStatusCode())
        .as("the administrator keeps the operational powers").isEqualTo(HttpStatus.NO_CONTENT);
  }

  private long countCases() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM petition_case", Long.class);
  }

  private String registerAtThePetitionOffice() {
    return (String) as("xfj-handler").post("/api/cases", Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()))
        .getBody().get("caseNo");
  }

  private ResponseEntity<String> engine(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
