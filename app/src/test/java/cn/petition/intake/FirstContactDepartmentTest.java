package cn.petition.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.support.Api;
import cn.petition.support.EngineClock;
import cn.petition.support.IntegrationTest;
import cn.petition.support.ProcessTests;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first-contact department owns a case (首接负责): a handler registers only for their own department, a
 * supervisor (read-only) and an administrator (who configures) register nothing.
 */
@IntegrationTest
class FirstContactDepartmentTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @RegisterExtension
  final EngineClock clock = EngineClock.at(OffsetDateTime.of(2026, 10, 15, 10, 0, 0, 0, ProcessTests.CST));

  private Api as(String user) {
    return new Api(rest, user);
  }

  @Test
  void aHandlerMayNotRegisterACaseForAnotherDepartment() {
    Map<String, Object> body = BadRegistrationInputTest.validBody();
    body.put("firstContactDept", "XFJ");
    long cases = cases();

    ResponseEntity<Map<String, Object>> refused = as("jyj-handler").post("/api/cases", body);

    assertForbidden(refused);
    assertThat((String) refused.getBody().get("detail")).contains("JYJ");
    assertThat(cases()).isEqualTo(cases);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aHandlerRegistersForTheirOwnDepartmentNamedOrNot() {
    Map<String, Object> named = BadRegistrationInputTest.validBody();
    named.put("firstContactDept", "JYJ");
    assertThat(as("jyj-handler").post("/api/cases", named).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Map<String, Object> unnamed = BadRegistrationInputTest.validBody();
    unnamed.remove("firstContactDept");
    String caseNo = (String) as("jyj-handler").post("/api/cases", unnamed).getBody().get("caseNo");
    assertThat((Map<String, Object>) as("jyj-handler").get("/api/cases/" + caseNo).getBody().get("owner"))
        .containsEntry("code", "JYJ");
  }

  @Test
  void aSupervisorRegistersNoCase() {
    long cases = cases();
    assertForbidden(as("supervisor").post("/api/cases", BadRegistrationInputTest.validBody()));
    assertThat(cases()).isEqualTo(cases);
  }

  /** Administrators configure the system and do not handle cases (README, 角色与权限): not even for a named department. */
  @Test
  void anAdministratorRegistersForNoDepartment() {
    Map<String, Object> body = BadRegistrationInputTest.validBody();
    body.put("firstContactDept", "ZJJ");
    long cases = cases();
    assertForbidden(as("admin").post("/api/cases", body));
    assertThat(cases()).isEqualTo(cases);
  }

  @Test
  void aDisputeBecomesACaseOfTheCallersDepartmentOnly() {
    long id = ((Number) as("grid-worker").post("/api/disputes", Map.of("regionCode", "330100-01",
        "domain", "OTHER", "place", "幸福里", "peopleInvolved", 2, "description", "邻里漏水纠纷。"))
        .getBody().get("id")).longValue();
    long cases = cases();

    assertForbidden(as("jd01-handler").post("/api/disputes/" + id + "/petition", Map.of("firstContactDept", "XFJ")));
    assertThat(cases()).isEqualTo(cases);
    assertThat(as("jd01-handler").post("/api/disputes/" + id + "/petition", Map.of("firstContactDept", "JD01"))
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  static void assertForbidden(ResponseEntity<Map<String, Object>> answer) {
    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat((String) answer.getBody().get("detail")).matches(".*\\p{IsHan}.*");
  }

  private long cases() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM petition_case", Long.class);
  }
}
