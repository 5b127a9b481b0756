package cn.petition.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.support.Api;
import cn.petition.support.EngineClock;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import cn.petition.support.ProcessTests;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Tasklist start forms over the engine REST API ({@code submit-form}): a refused form is 400 problem+json
 * naming the form field, exactly like /api, and a handler naming another department is refused with 403.
 * Nothing starts.
 */
@IntegrationTest
class StartFormInputTest {

  private static final String REGISTER = "/engine-rest/process-definition/key/petitionCase/submit-form";
  private static final String REPORT = "/engine-rest/process-definition/key/disputeReport/submit-form";

  @Autowired TestRestTemplate rest;
  @Autowired HistoryService historyService;

  @RegisterExtension
  final EngineClock clock = EngineClock.at(OffsetDateTime.of(2026, 10, 15, 10, 0, 0, 0, ProcessTests.CST));

  private Api as(String user) {
    return new Api(rest, user);
  }

  static Map<String, Object> registration() {
    return Petitions.startForm("2026-10-15T09:00");
  }

  static Map<String, Object> variables(Map<String, Object> form) {
    return Petitions.asVariables(form);
  }

  static Stream<Arguments> badForms() {
    return Stream.of(
        Arguments.of("receivedAt", "下周一上午"),
        Arguments.of("receivedAt", "1900-01-01T09:00"),
        Arguments.of("petitionerIdNumber", "330102199001011235"),
        Arguments.of("category", "外星人"),
        Arguments.of("personCount", 1.5),
        Arguments.of("personCount", 10_001),
        Arguments.of("extremeBehaviour", 2),
        Arguments.of("channel", 1));
  }

  @Test
  void aGoodFormStartsTheCase() {
    assertThat(as("xfj-handler").post(REGISTER, variables(registration())).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("badForms")
  void aBadFieldIsNamed(String field, Object value) {
    Map<String, Object> form = registration();
    form.put(field, value);
    long started = historyService.createHistoricProcessInstanceQuery().count();

    ResponseEntity<Map<String, Object>> refused = as("xfj-handler").post(REGISTER, variables(form));

    BadRegistrationInputTest.assertRefused(refused, field);
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(started);
  }

  @Test
  void aHandlerMayNotRegisterForAnotherDepartment() {
    long started = historyService.createHistoricProcessInstanceQuery().count();
    FirstContactDepartmentTest.assertForbidden(as("jyj-handler").post(REGISTER, variables(registration())));
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(started);
  }

  @Test
  void aBadDisputeReportIsNamedToo() {
    Map<String, Object> form = new HashMap<>(Map.of("regionCode", "330100-01", "domain", "OTHER", "place", "幸福里",
        "peopleInvolved", 0.5, "description", "邻里漏水纠纷。"));
    BadRegistrationInputTest.assertRefused(as("grid-worker").post(REPORT, variables(form)), "peopleInvolved");
    form.put("peopleInvolved", 2);
    form.put("domain", "FARMING");
    BadRegistrationInputTest.assertRefused(as("grid-worker").post(REPORT, variables(form)), "domain");
  }
}
