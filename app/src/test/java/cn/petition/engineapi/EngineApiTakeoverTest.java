package cn.petition.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.support.Api;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import cn.petition.support.WebappSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 7, hole 1, as the attacker did it: a handler of another department starts the case process over the
 * engine API with the victim case's number as business key and start instructions before 受理 or 办结, or takes
 * the counter's next number. Every spelling of the path, the webapps' engine API included, answers 403 in
 * Chinese and changes nothing; the plain start form submission still registers a case.
 */
@IntegrationTest
class EngineApiTakeoverTest {

  private static final OffsetDateTime RECEIVED = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1);

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired PetitionCaseMapper cases;
  @Autowired ObjectMapper json;

  @Test
  void aHandlerOfAnotherDepartmentCannotRerouteACaseToItself() throws Exception {
    String caseNo = registerAtThePetitionOffice();
    PetitionCase before = cases.find(caseNo);

    ResponseEntity<String> refused = post("jyj-handler", "/engine-rest/process-definition/key/petitionCase/start",
        takeover(caseNo, "AcceptCase", Map.of(CaseProcess.DECISION, "ACCEPT", CaseProcess.HANDLING_DEPT, "JYJ")));

    assertRefused(refused);
    assertUnchanged(caseNo, before);
    assertThat(new Api(rest, "jyj-handler").get("/api/cases/" + caseNo).getStatusCode())
        .as("the attacker still cannot read the petitioner's ID and phone").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aHandlerOfAnotherDepartmentCannotCloseACaseAsSatisfied() throws Exception {
    String caseNo = registerAtThePetitionOffice();
    PetitionCase before = cases.find(caseNo);

    ResponseEntity<String> refused = post("jyj-handler", "/engine-rest/process-definition/key/petitionCase/start",
        takeover(caseNo, "CloseCase", Map.of(CaseProcess.SATISFACTION_WITH_HANDLER, "SATISFIED",
            CaseProcess.SATISFACTION_WITH_OFFICE, "SATISFIED")));

    assertRefused(refused);
    assertUnchanged(caseNo, before);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(CaseProcess.TASK_REVIEW_ACCEPTANCE).count()).isEqualTo(1);
  }

  @Test
  void everySpellingOfAStartWithAChosenNumberIsRefusedAndTheNextRegistrationGetsIt() throws Exception {
    String last = registerAtThePetitionOffice();
    String next = last.substring(0, 10) + String.format("%05d", Integer.parseInt(last.substring(10)) + 1);
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(CaseProcess.KEY)
        .latestVersion().singleResult().getId();
    Map<String, Object> squat = new LinkedHashMap<>(startForm());
    squat.put("businessKey", next);

    for (String path : List.of(
        "/engine-rest/process-definition/key/petitionCase/start",
        "/engine-rest/process-definition/key/petitionCase/submit-form",
        "/engine-rest/engine/default/process-definition/key/petitionCase/submit-form",
        "/engine-rest/process-definition/key/petition%43ase/start",
        "/engine-rest/process-definition/key/petitionCase/tenant-id/x/start",
        "/engine-rest/process-definition/" + definitionId + "/start",
        "/engine-rest/process-definition/" + definitionId + "/submit-form")) {
      assertRefused(post("xfj-handler", path, squat));
    }
    for (String path : List.of("/engine-rest/process-definition/key/petitionCase;v=1/start",
        "/engine-rest//process-definition/./key/petitionCase/start")) {
      assertThat(post("xfj-handler", path, squat).getStatusCode())
          .as("%s is rejected before anything serves it", path).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(cases.find(next)).isNull();

    assertThat(registerAtThePetitionOffice()).as("the squatted number is still the counter's next").isEqualTo(next);
  }

  @Test
  void skippingListenersOrMappingsIsRefused() throws Exception {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(CaseProcess.KEY).count();
    for (String option : List.of("skipCustomListeners", "skipIoMappings")) {
      Map<String, Object> body = new LinkedHashMap<>(startForm());
      body.put(option, true);
      assertRefused(post("xfj-handler", "/engine-rest/process-definition/key/petitionCase/start", body));
    }
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CaseProcess.KEY).count())
        .isEqualTo(before);
  }

  @Test
  void aPlainStartFormSubmissionStillRegistersACaseUnderTheCountersNumber() throws Exception {
    Map<String, Object> body = new LinkedHashMap<>(startForm());
    body.put("businessKey", "");
    ResponseEntity<String> started = post("xfj-handler",
        "/engine-rest/process-definition/key/petitionCase/submit-form", body);

    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String instance = json.readTree(started.getBody()).get("id").asText();
    String caseNo = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getBusinessKey();
    assertThat(caseNo).matches("XF\\d{13}");
    assertThat(cases.find(caseNo).getProcessInstanceId()).isEqualTo(instance);
  }

  @Test
  void theWebappsEngineApiUsedByTheTasklistIsGuardedToo() throws Exception {
    String caseNo = registerAtThePetitionOffice();
    PetitionCase before = cases.find(caseNo);
    WebappSession jyj = WebappSession.login(rest, "jyj-handler");

    assertRefused(jyj.post(WebappSession.ENGINE_API + "/process-definition/key/petitionCase/start",
        takeover(caseNo, "AcceptCase", Map.of(CaseProcess.DECISION, "ACCEPT", CaseProcess.HANDLING_DEPT, "JYJ"))));
    assertUnchanged(caseNo, before);

    WebappSession xfj = WebappSession.login(rest, "xfj-handler");
    ResponseEntity<String> started = xfj.post(WebappSession.ENGINE_API
        + "/process-definition/key/petitionCase/submit-form", startForm());
    assertThat(started.getStatusCode()).as("the same session starts a case plainly: %s", started)
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void systemProcessesAndRestartsCannotBeStartedByAnyoneOverTheEngineApi() throws Exception {
    String caseNo = registerAtThePetitionOffice();
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(CaseProcess.KEY)
        .latestVersion().singleResult().getId();
    Map<String, Object> restart = Map.of(
        "processInstanceIds", List.of(cases.find(caseNo).getProcessInstanceId()),
        "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "CloseCase")));

    for (String user : List.of("admin", "supervisor", "designer")) {
      assertRefused(post(user, "/engine-rest/process-definition/key/warningResponse/start",
          Map.of("businessKey", caseNo)));
      assertRefused(post(user, "/engine-rest/process-definition/key/emergencyResponse/start", Map.of()));
      assertRefused(post(user, "/engine-rest/process-definition/" + definitionId + "/restart", restart));
      assertRefused(post(user, "/engine-rest/process-definition/" + definitionId + "/restart-async", restart));
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count()).isEqualTo(1);
  }

  private String registerAtThePetitionOffice() {
    return (String) new Api(rest, "xfj-handler").post("/api/cases",
        Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber())).getBody().get("caseNo");
  }

  private static Map<String, Object> takeover(String caseNo, String activity, Map<String, String> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", "String")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("variables", typed);
    body.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", activity)));
    body.put("businessKey", caseNo);
    return body;
  }

  /** The Tasklist's 登记信访事项 form, as it submits it. */
  private static Map<String, Object> startForm() {
    Map<String, Object> variables = new LinkedHashMap<>();
    Map.of("channel", "LETTER", "receivedAt", RECEIVED.toLocalDateTime().withNano(0).toString(),
        "firstContactDept", "XFJ", "title", "孩子入学被拒", "content", "学区内适龄儿童入学被拒。", "category", "教育",
        "occurrenceRegion", "330100-02", "petitionerName", "王五", "petitionerIdNumber", Petitions.newIdNumber())
        .forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
    variables.put("personCount", Map.of("value", 1, "type", "Long"));
    return Map.of("variables", variables);
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(URI.create(rest.getRootUri() + path), HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }

  private void assertRefused(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.toString()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType()).matches(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith);
    assertThat(json.readTree(response.getBody()).get("detail").asText()).containsPattern("[\\u4e00-\\u9fa5]");
  }

  private void assertUnchanged(String caseNo, PetitionCase before) {
    PetitionCase after = cases.find(caseNo);
    assertThat(after.getHandlingDept()).isEqualTo(before.getHandlingDept());
    assertThat(after.getStatus()).isEqualTo(before.getStatus());
    assertThat(after.getClosedAt()).isNull();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).list())
        .extracting(p -> p.getId()).containsExactly(before.getProcessInstanceId());
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNo).count())
        .as("no other process ever ran on the case").isEqualTo(1);
  }
}
