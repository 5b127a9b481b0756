package cn.petition.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import cn.petition.support.IntegrationTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** GET and PUT /api/calendar/{year} over HTTP Basic, against H2. */
@IntegrationTest
class HolidayCalendarControllerTest {

  private static final String PASSWORD = "secret";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired HolidayCalendar calendar;
  @Autowired ObjectMapper json;

  @BeforeEach
  void users() {
    member("sup1", "supervisor");
    member("adm1", "camunda-admin");
    member("h1", "dept-XFJ");
  }

  @Test
  void theMigrated2026ScheduleMatchesTheStateCouncilNotice() throws Exception {
    ResponseEntity<String> response = call("h1", HttpMethod.GET, 2026, null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<CalendarDay> days = List.of(json.readValue(response.getBody(), CalendarDay[].class));
    List<CalendarDay> expected = Schedule2026.days().stream()
        .sorted(Comparator.comparing(CalendarDay::date)).toList();
    assertThat(days).isEqualTo(expected);
    assertThat(response.getBody()).contains("{\"date\":\"2026-10-10\",\"kind\":\"WORKDAY\",\"name\":\"国庆节调休上班\"}");
  }

  @Test
  void anAdministratorReplacesAYearAndTheCalendarReloads() throws Exception {
    ResponseEntity<String> first = call("adm1", HttpMethod.PUT, 2027, """
        [{"date":"2027-01-01","kind":"HOLIDAY","name":"元旦"},
         {"date":"2027-01-04","kind":"HOLIDAY","name":"测试假日"}]""");
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(calendar.isRestDay(LocalDate.parse("2027-01-04"))).isTrue();

    ResponseEntity<String> second = call("adm1", HttpMethod.PUT, 2027, """
        [{"date":"2027-01-01","kind":"HOLIDAY","name":"元旦"},
         {"date":"2027-02-07","kind":"WORKDAY","name":"春节调休上班"}]""");
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(List.of(json.readValue(second.getBody(), CalendarDay[].class))).containsExactly(
        new CalendarDay(LocalDate.parse("2027-01-01"), DayKind.HOLIDAY, "元旦"),
        new CalendarDay(LocalDate.parse("2027-02-07"), DayKind.WORKDAY, "春节调休上班"));
    assertThat(calendar.isRestDay(LocalDate.parse("2027-01-04"))).as("replaced, not merged").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-07"))).as("make-up Sunday").isTrue();
    assertThat(call("h1", HttpMethod.GET, 2027, null).getBody()).isEqualTo(second.getBody());
  }

  @Test
  void invalidDaysAreRefusedNamingEachField() throws Exception {
    ResponseEntity<String> response = call("adm1", HttpMethod.PUT, 2026, """
        [{"date":"2027-01-01","kind":"HOLIDAY","name":"元旦"},
         {"date":"2026-05-01","kind":"FEST","name":"劳动节"},
         {"date":"2026-05-02","kind":"HOLIDAY","name":" "},
         {"date":"2026-05-02","kind":"HOLIDAY","name":"劳动节"},
         {"date":"2026-13-01","kind":"HOLIDAY","name":"劳动节"}]""");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isNotNull()
        .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
    JsonNode errors = json.readTree(response.getBody()).get("errors");
    assertThat(errors).extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("[0].date", "[1].kind", "[2].name", "[3].date", "[4].date");
    assertThat(errors.get(0).get("message").asText()).contains("不在2026年内");
    assertThat(response.getBody()).contains("重复");
    assertThat(calendar.isRestDay(LocalDate.parse("2026-10-01"))).as("2026 untouched").isTrue();
    assertThat(call("h1", HttpMethod.GET, 2026, null).getBody()).contains("2026-10-01");
  }

  @Test
  void anImplausibleYearIsRefused() throws Exception {
    ResponseEntity<String> response = call("h1", HttpMethod.GET, 1800, null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).at("/errors/0/field").asText()).isEqualTo("year");
  }

  @Test
  void handlersAndSupervisorsMayReadButNotReplace() {
    for (String user : List.of("h1", "sup1")) {
      ResponseEntity<String> response = call(user, HttpMethod.PUT, 2027, """
          [{"date":"2027-01-05","kind":"HOLIDAY","name":"测试假日"}]""");

      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(response.getBody()).containsAnyOf("只有系统管理员", "只能查看");
      assertThat(call(user, HttpMethod.GET, 2027, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
    assertThat(calendar.isRestDay(LocalDate.parse("2027-01-05"))).isFalse();
  }

  @Test
  void anAnonymousCallerIsNotLetIn() {
    assertThat(rest.getForEntity("/api/calendar/2026", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<String> call(String user, HttpMethod method, int year, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, PASSWORD)
        .exchange("/api/calendar/" + year, method, new HttpEntity<>(body, headers), String.class);
  }

  private void member(String userId, String groupId) {
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      var group = identityService.newGroup(groupId);
      group.setName(groupId);
      identityService.saveGroup(group);
    }
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(userId, groupId);
    }
  }
}
