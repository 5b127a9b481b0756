package cn.petition.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.casefile.CaseProcess;
import cn.petition.intake.IntakeService;
import cn.petition.intake.RegisteredCase;
import cn.petition.support.Api;
import cn.petition.support.EngineClock;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import cn.petition.support.ProcessTests;
import cn.petition.support.WebappSession;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Two people of the petition office complete the same 受理审查 at the same moment, through /engine-rest and
 * through the Tasklist's own engine API. One succeeds; the other is told in Chinese that the task was just
 * completed (409), or that it is gone (404) when it arrives after the first has finished. Never a 500, and the
 * task is completed once.
 */
@IntegrationTest
class TaskCompletionRaceTest {

  private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2026, 10, 12, 9, 0, 0, 0, ProcessTests.CST);
  private static final Map<String, Object> ACCEPT =
      Map.of("variables", Map.of("decision", Map.of("value", "ACCEPT", "type", "String")));
  private static final List<String> COLLEAGUES = List.of("xfj-handler", "xfj-leader");
  private static final int ROUNDS = 3;

  @Autowired TestRestTemplate rest;
  @Autowired IntakeService intake;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ObjectMapper json;

  /** Completes a task as a user, answering the HTTP response. */
  interface Completion {
    ResponseEntity<Map<String, Object>> complete(String user, String taskId);
  }

  @RegisterExtension final EngineClock clock = EngineClock.at(RECEIVED.plusHours(1));

  @Test
  void engineRestComplete() throws Exception {
    race((user, taskId) -> new Api(rest, user).post("/engine-rest/task/" + taskId + "/complete", ACCEPT));
  }

  @Test
  void engineRestSubmitForm() throws Exception {
    race((user, taskId) -> new Api(rest, user).post("/engine-rest/task/" + taskId + "/submit-form", ACCEPT));
  }

  @Test
  void tasklistSubmitForm() throws Exception {
    Map<String, WebappSession> sessions = Map.of(COLLEAGUES.get(0), WebappSession.login(rest, COLLEAGUES.get(0)),
        COLLEAGUES.get(1), WebappSession.login(rest, COLLEAGUES.get(1)));
    race((user, taskId) -> asJson(sessions.get(user).post(WebappSession.ENGINE_API + "/task/" + taskId
        + "/submit-form", ACCEPT)));
  }

  /** Not a lost race: a handler of another department may not complete the task at all. */
  @Test
  void anotherDepartmentIsRefusedNotToldItLost() {
    String taskId = acceptanceTask();
    ResponseEntity<Map<String, Object>> refused =
        new Api(rest, "jyj-handler").post("/engine-rest/task/" + taskId + "/complete", ACCEPT);
    assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  private void race(Completion completion) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(COLLEAGUES.size());
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String taskId = acceptanceTask();
        CyclicBarrier together = new CyclicBarrier(COLLEAGUES.size());
        List<Future<ResponseEntity<Map<String, Object>>>> answers = new ArrayList<>();
        for (String user : COLLEAGUES) {
          answers.add(pool.submit(() -> {
            together.await(30, TimeUnit.SECONDS);
            return completion.complete(user, taskId);
          }));
        }
        List<ResponseEntity<Map<String, Object>>> results = new ArrayList<>();
        for (Future<ResponseEntity<Map<String, Object>>> answer : answers) {
          results.add(answer.get(60, TimeUnit.SECONDS));
        }
        assertOneWonAndTheOtherWasToldWhy(results);
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count()).isEqualTo(1);

        // Too late altogether: the task is gone.
        ResponseEntity<Map<String, Object>> late = completion.complete(COLLEAGUES.get(0), taskId);
        assertThat(late.getStatusCode()).as("%s", late.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
        assertChineseProblem(late);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private ResponseEntity<Map<String, Object>> asJson(ResponseEntity<String> answer) {
    try {
      Map<String, Object> body = answer.getBody() == null ? null
          : json.readValue(answer.getBody(), new TypeReference<Map<String, Object>>() {});
      return new ResponseEntity<>(body, answer.getHeaders(), answer.getStatusCode());
    } catch (JsonProcessingException notJson) {
      throw new AssertionError("not JSON: " + answer, notJson);
    }
  }

  private String acceptanceTask() {
    RegisteredCase registered = intake.register(Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()),
        Petitions.petitionOfficeHandler());
    return taskService.createTaskQuery().processInstanceId(registered.processInstanceId())
        .taskDefinitionKey(CaseProcess.TASK_REVIEW_ACCEPTANCE).singleResult().getId();
  }

  private static void assertOneWonAndTheOtherWasToldWhy(List<ResponseEntity<Map<String, Object>>> results) {
    assertThat(results).as("%s", results).extracting(ResponseEntity::getStatusCode)
        .containsOnlyOnce(HttpStatus.NO_CONTENT);
    ResponseEntity<Map<String, Object>> lost = results.stream()
        .filter(r -> r.getStatusCode() != HttpStatus.NO_CONTENT).findFirst().orElseThrow();
    assertThat(lost.getStatusCode()).as("%s", lost.getBody()).isIn(HttpStatus.CONFLICT, HttpStatus.NOT_FOUND);
    assertChineseProblem(lost);
  }

  private static void assertChineseProblem(ResponseEntity<Map<String, Object>> answer) {
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .as("%s", answer.getHeaders()).isTrue();
    assertThat((String) answer.getBody().get("detail")).contains("任务");
    assertThat(answer.getBody().get("message")).as("what the Tasklist shows").isEqualTo(answer.getBody().get("detail"));
  }
}
