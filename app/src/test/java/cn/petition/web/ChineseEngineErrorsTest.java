package cn.petition.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.casefile.CaseProcess;
import cn.petition.intake.IntakeService;
import cn.petition.support.Api;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import cn.petition.support.ProcessTests;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * Errors a clerk causes reach them as Chinese sentences, on /engine-rest and on the API the Tasklist
 * itself calls (/camunda/api/engine, with the webapp's session login and CSRF token), never as
 * "Cannot instantiate process definition …".
 */
@IntegrationTest
class ChineseEngineErrorsTest {

  private static final String SUBMIT_START_FORM = "/process-definition/key/" + CaseProcess.KEY + "/submit-form";
  /** A registration without petitioner, title or content: the start form's own validation refuses it. */
  private static final Map<String, Object> INCOMPLETE_REGISTRATION = Map.of("variables", Map.of(
      "channel", Map.of("value", "VISIT", "type", "String")));

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired IntakeService intake;
  @Autowired TaskService taskService;

  @Test
  void aRefusedStartFormReadsAsTheValidatorsSentenceOnEngineRest() {
    ResponseEntity<String> refused = new Api(rest, "xfj-handler").postForText("/engine-rest" + SUBMIT_START_FORM,
        INCOMPLETE_REGISTRATION);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("\"message\":\"登记信息有误：").doesNotContain("Cannot", "instantiate");
  }

  @Test
  void aRefusedStartFormReadsAsTheValidatorsSentenceInTheTasklistsOwnApi() throws Exception {
    WebappSession tasklist = WebappSession.logIn(port, "xfj-handler");

    HttpResponse<String> refused = tasklist.postJson("/camunda/api/engine/engine/default" + SUBMIT_START_FORM,
        "{\"variables\":{\"channel\":{\"value\":\"VISIT\",\"type\":\"String\"}}}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("\"message\":\"登记信息有误：").doesNotContain("Cannot", "instantiate");
  }

  @Test
  void claimingATaskAnotherClerkClaimedSaysWhoHasIt() {
    Task review = reviewTaskOfANewCase();
    taskService.claim(review.getId(), "xfj-leader");

    ResponseEntity<String> refused = new Api(rest, "xfj-handler").postForText(
        "/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", "xfj-handler"));

    assertThat(refused.getStatusCode().value()).isEqualTo(409);
    assertThat(refused.getBody()).contains("该任务已由 xfj-leader 认领");
  }

  @Test
  void aTaskThatIsGoneIsNotFoundInChinese() {
    ResponseEntity<String> gone = new Api(rest, "xfj-handler").getText("/engine-rest/task/no-such-task");

    assertThat(gone.getStatusCode().value()).isEqualTo(404);
    assertThat(gone.getBody()).contains("要办理的事项不存在").doesNotContain("No matching");
  }

  @Test
  void aTaskOfAnotherDepartmentIsRefusedInChinese() {
    Task review = reviewTaskOfANewCase();

    ResponseEntity<String> denied = new Api(rest, "zjj-handler").postForText(
        "/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", "zjj-handler"));

    assertThat(denied.getStatusCode().value()).isEqualTo(403);
    assertThat(denied.getBody()).contains("您没有权限执行此操作", "任务").doesNotContain("does not have");
  }

  private Task reviewTaskOfANewCase() {
    String instance = intake.register(Petitions.urbanRenewal(OffsetDateTime.now(ProcessTests.CST).minusHours(1),
        Petitions.newIdNumber()), Petitions.petitionOfficeHandler()).processInstanceId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  /** A browser-like session of the Camunda webapps: session cookie, CSRF token, JSON calls. */
  record WebappSession(HttpClient client, String base, String csrfToken) {

    static WebappSession logIn(int port, String user) throws IOException, InterruptedException {
      CookieManager cookies = new CookieManager();
      HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
      String base = "http://localhost:" + port;
      client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
          HttpResponse.BodyHandlers.discarding());
      String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).findFirst().orElseThrow();
      HttpResponse<String> login = client.send(HttpRequest.newBuilder(
              URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
          .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      // A new session after login, with a new token.
      HttpResponse<Void> page = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/"))
          .header("X-XSRF-TOKEN", "Fetch").build(), HttpResponse.BodyHandlers.discarding());
      return new WebappSession(client, base, page.headers().firstValue("X-XSRF-TOKEN").orElseThrow());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
      return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
          .header("Accept", "application/json").header("X-XSRF-TOKEN", csrfToken)
          .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
