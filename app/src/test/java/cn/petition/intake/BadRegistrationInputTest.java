package cn.petition.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.support.Api;
import cn.petition.support.EngineClock;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import cn.petition.support.ProcessTests;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input that used to be stored (201) or crash (500) on POST /api/cases: each is refused with 400
 * problem+json naming the field, and nothing is stored. The engine clock stands at 2026-10-15, so the
 * earliest receipt is 2025-10-15 (petition.intake.received-max-age P1Y) and 2025 has no holiday schedule.
 */
@IntegrationTest
class BadRegistrationInputTest {

  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 10, 15, 10, 0, 0, 0, ProcessTests.CST);

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @RegisterExtension final EngineClock clock = EngineClock.at(NOW);

  private Api as(String user) {
    return new Api(rest, user);
  }

  static Map<String, Object> validBody() {
    return Petitions.registrationBody("2026-10-15T09:00:00+08:00");
  }

  static Map<String, Object> petitioner(String idNumber) {
    return Petitions.petitionerBody(idNumber);
  }

  /** A valid number with one part changed: the check character, the birth date or the province. */
  private static String validExcept(String part) {
    String id = Petitions.newIdNumber();
    return switch (part) {
      case "check" -> id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
      case "birth" -> withCheck(id.substring(0, 6) + "19900230" + id.substring(14, 17));
      case "region" -> withCheck("99" + id.substring(2, 17));
      default -> throw new IllegalArgumentException(part);
    };
  }

  private static String withCheck(String first17) {
    return first17 + ResidentIdNumberValidator.checkCharacter(first17);
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        bad("a null petitioner", "petitioners[0]", b -> b.put("petitioners", Arrays.asList((Object) null))),
        bad("ID number with a wrong check character", "petitioners[0].idNumber",
            b -> b.put("petitioners", List.of(petitioner(validExcept("check"))))),
        bad("ID number born on 30 February", "petitioners[0].idNumber",
            b -> b.put("petitioners", List.of(petitioner(validExcept("birth"))))),
        bad("ID number of an unknown province", "petitioners[0].idNumber",
            b -> b.put("petitioners", List.of(petitioner(validExcept("region"))))),
        bad("received in 1900", "receivedAt", b -> b.put("receivedAt", "1900-01-01T00:00:00+08:00")),
        bad("received in year 1", "receivedAt", b -> b.put("receivedAt", "0001-01-01T00:00:00Z")),
        bad("received in a year without holiday schedule", "receivedAt",
            b -> b.put("receivedAt", "2025-11-03T09:00:00+08:00")),
        bad("received as seconds since 1970", "receivedAt", b -> b.put("receivedAt", 1_790_000_000)),
        bad("ten thousand and one people", "personCount", b -> b.put("personCount", 10_001)),
        bad("one and a half people", "personCount", b -> b.put("personCount", 1.5)),
        bad("extreme behaviour 2", "extremeBehaviour", b -> b.put("extremeBehaviour", 2)),
        bad("channel 1", "channel", b -> b.put("channel", 1)),
        bad("three hundred petitioners", "petitioners", b -> {
          b.put("petitioners", IntStream.range(0, 300).mapToObj(i -> petitioner(Petitions.newIdNumber())).toList());
          b.put("personCount", 300);
        }));
  }

  private static Arguments bad(String what, String field, Consumer<Map<String, Object>> change) {
    return Arguments.of(what, field, change);
  }

  @Test
  void theUnchangedBodyIsRegistered() {
    assertThat(as("xfj-handler").post("/api/cases", validBody()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void isRefusedNamingTheField(String what, String field, Consumer<Map<String, Object>> change) {
    Map<String, Object> body = validBody();
    change.accept(body);
    long cases = count("petition_case");

    ResponseEntity<Map<String, Object>> answer = as("xfj-handler").post("/api/cases", body);

    assertRefused(answer, field);
    assertThat(count("petition_case")).isEqualTo(cases);
  }

  @Test
  void aNullPetitionerIsRefusedWhenADisputeBecomesACase() {
    long id = ((Number) as("grid-worker").post("/api/disputes", Map.of("regionCode", "330100-01",
        "domain", "OTHER", "place", "幸福里", "peopleInvolved", 2, "description", "邻里漏水纠纷。"))
        .getBody().get("id")).longValue();
    long cases = count("petition_case");

    ResponseEntity<Map<String, Object>> answer = as("jd01-handler").post("/api/disputes/" + id + "/petition",
        Map.of("petitioners", Arrays.asList((Object) null)));

    assertRefused(answer, "petitioners[0]");
    assertThat(count("petition_case")).isEqualTo(cases);
  }

  @SuppressWarnings("unchecked")
  static void assertRefused(ResponseEntity<Map<String, Object>> answer, String field) {
    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    List<Map<String, String>> errors = (List<Map<String, String>>) answer.getBody().get("errors");
    assertThat(errors).as("%s", answer.getBody()).anySatisfy(e -> {
      assertThat(e.get("field")).isEqualTo(field);
      assertThat(e.get("message")).matches(".*\\p{IsHan}.*");
    });
  }

  private long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }
}
