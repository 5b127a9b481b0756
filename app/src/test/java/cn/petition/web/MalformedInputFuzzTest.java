package cn.petition.web;

import static cn.petition.web.MalformedBodies.choice;
import static cn.petition.web.MalformedBodies.code;
import static cn.petition.web.MalformedBodies.flag;
import static cn.petition.web.MalformedBodies.idNumber;
import static cn.petition.web.MalformedBodies.json;
import static cn.petition.web.MalformedBodies.phone;
import static cn.petition.web.MalformedBodies.receivedAt;
import static cn.petition.web.MalformedBodies.text;
import static cn.petition.web.MalformedBodies.whole;
import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.intake.Channel;
import cn.petition.intake.IntakeService;
import cn.petition.screening.DisputeDomain;
import cn.petition.support.Api;
import cn.petition.support.EngineClock;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import cn.petition.support.ProcessTests;
import cn.petition.web.MalformedBodies.Accepted;
import cn.petition.web.MalformedBodies.Field;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sends generated malformed bodies ({@link MalformedBodies}, fixed seed, {@value #BODIES} per endpoint, or
 * {@code -Dfuzz.bodies=N}) to every write endpoint of /api and to the engine REST start and submit-form of the
 * processes people start. Every answer must be a 4xx application/problem+json with a Chinese title, and
 * afterwards no table of ours and no engine table may have a row more or less.
 */
@IntegrationTest
class MalformedInputFuzzTest {

  private static final Logger LOG = LoggerFactory.getLogger(MalformedInputFuzzTest.class);
  private static final long SEED = 20_261_130L;
  private static final int BODIES = 200;
  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 10, 15, 10, 0, 0, 0, ProcessTests.CST);
  private static final List<String> OUR_TABLES = List.of("petition_case", "petitioner", "case_event",
      "case_deadline", "case_co_handler", "case_letter", "case_appeal", "case_leader_owner", "risk_warning",
      "dispute", "dispute_event", "calendar_day", "intake_lock");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired IntakeService intake;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private final ObjectMapper mapper = new ObjectMapper();
  private String caseNo;
  private long disputeId;

  /** One write endpoint, who calls it, and its malformed bodies. */
  record Endpoint(String name, HttpMethod method, String path, String user, MalformedBodies bodies) {}

  /** In the test, not before it: process starts are recorded for coverage only inside a test. */
  private void aCaseAndADisputeToWriteTo() {
    caseNo = intake.register(Petitions.urbanRenewal(NOW.minusHours(2), Petitions.newIdNumber()),
        Petitions.petitionOfficeHandler()).caseNo();
    disputeId = ((Number) new Api(rest, "grid-worker").post("/api/disputes", Map.of("regionCode", "330100-01",
        "domain", "OTHER", "place", "幸福里", "peopleInvolved", 2, "description", "邻里漏水纠纷。"))
        .getBody().get("id")).longValue();
  }

  @RegisterExtension final EngineClock clock = EngineClock.at(NOW);

  @Test
  void everyMalformedBodyIsRefusedWithProblemJsonAndChangesNothing() {
    aCaseAndADisputeToWriteTo();
    int perEndpoint = Integer.getInteger("fuzz.bodies", BODIES);
    Map<String, Long> before = rows();
    List<String> failures = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      Random random = new Random(SEED ^ endpoint.name().hashCode());
      Map<Integer, Integer> statuses = new TreeMap<>();
      for (int i = 0; i < perEndpoint; i++) {
        byte[] body = endpoint.bodies().next(random);
        ResponseEntity<byte[]> answer = send(endpoint, body);
        statuses.merge(answer.getStatusCode().value(), 1, Integer::sum);
        String wrong = whatIsWrong(answer);
        if (wrong != null && failures.size() < 30) {
          failures.add(endpoint.name() + " #" + i + " (seed " + SEED + "): " + wrong + "\n    body: "
              + MalformedBodies.shown(body) + "\n    answer: " + MalformedBodies.shown(
                  answer.getBody() == null ? new byte[0] : answer.getBody()));
        }
      }
      LOG.info("Fuzz {}: {} bodies, answers by status {}", endpoint.name(), perEndpoint, statuses);
    }
    assertThat(failures).as("answers that are not a 4xx problem+json").isEmpty();
    assertThat(rows()).as("rows of our tables and the engine").isEqualTo(before);
  }

  private ResponseEntity<byte[]> send(Endpoint endpoint, byte[] body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(endpoint.user(), "demo");
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    return rest.exchange(endpoint.path(), endpoint.method(), new HttpEntity<>(body, headers), byte[].class);
  }

  /** Null when the answer is a 4xx problem+json with a Chinese title, else what is wrong with it. */
  private String whatIsWrong(ResponseEntity<byte[]> answer) {
    int status = answer.getStatusCode().value();
    if (status < 400 || status >= 500) {
      return "status " + status;
    }
    MediaType type = answer.getHeaders().getContentType();
    if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
      return "content type " + type;
    }
    try {
      JsonNode problem = mapper.readTree(answer.getBody());
      if (problem.path("status").asInt() != status || !problem.path("title").asText().matches(".*\\p{IsHan}.*")) {
        return "problem without status or Chinese title";
      }
    } catch (Exception e) {
      return "body is not JSON: " + e.getMessage();
    }
    return null;
  }

  private Map<String, Long> rows() {
    Map<String, Long> rows = new LinkedHashMap<>();
    OUR_TABLES.forEach(t -> rows.put(t, jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Long.class)));
    rows.put("case numbers drawn", jdbc.queryForObject(
        "SELECT COALESCE(SUM(last_value), 0) FROM number_counter", Long.class));
    rows.put("process instances", historyService.createHistoricProcessInstanceQuery().count());
    rows.put("running executions", runtimeService.createExecutionQuery().count());
    rows.put("variables", runtimeService.createVariableInstanceQuery().count());
    rows.put("tasks", taskService.createTaskQuery().count());
    rows.put("jobs", managementService.createJobQuery().count());
    return rows;
  }

  // ---- the endpoints ----

  private List<Endpoint> endpoints() {
    List<Endpoint> all = new ArrayList<>(List.of(
        new Endpoint("POST /api/cases", HttpMethod.POST, "/api/cases", "xfj-handler", registration()),
        new Endpoint("POST /api/cases/{caseNo}/facts", HttpMethod.POST, "/api/cases/" + caseNo + "/facts",
            "xfj-handler", facts()),
        new Endpoint("POST /api/cases/{caseNo}/appeals", HttpMethod.POST, "/api/cases/" + caseNo + "/appeals",
            "xfj-handler", appeal()),
        new Endpoint("POST /api/disputes", HttpMethod.POST, "/api/disputes", "grid-worker", dispute()),
        new Endpoint("POST /api/disputes/{id}/petition", HttpMethod.POST, "/api/disputes/" + disputeId + "/petition",
            "jd01-handler", disputePetition()),
        new Endpoint("PUT /api/calendar/{year}", HttpMethod.PUT, "/api/calendar/2030", "supervisor", calendar()),
        // The reloads take no body: a handler is refused whatever is sent (a supervisor's reload ignores it).
        new Endpoint("POST /api/rules/reload", HttpMethod.POST, "/api/rules/reload", "xfj-handler", noBody()),
        new Endpoint("POST /api/warnings/phrases/reload", HttpMethod.POST, "/api/warnings/phrases/reload",
            "xfj-handler", noBody())));
    for (String action : List.of("start", "submit-form")) {
      all.add(new Endpoint("engine " + action + " petitionCase", HttpMethod.POST,
          "/engine-rest/process-definition/key/petitionCase/" + action, "xfj-handler", registrationForm()));
      all.add(new Endpoint("engine " + action + " disputeReport", HttpMethod.POST,
          "/engine-rest/process-definition/key/disputeReport/" + action, "grid-worker", disputeForm()));
    }
    return all;
  }

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  /** Sometimes a known department other than the caller's (403), else what {@code code} finds wrong. */
  private static Function<Random, JsonNode> otherDepartmentOr(Function<Random, JsonNode> wrong, String other) {
    return random -> random.nextInt(5) == 0 ? JSON.textNode(other) : wrong.apply(random);
  }

  private static Map<String, Object> petitioner() {
    return Petitions.petitionerBody(Petitions.newIdNumber());
  }

  private static List<Field> petitionerFields() {
    return List.of(new Field("/name", text(100, true, true)), new Field("/idNumber", idNumber()),
        new Field("/phone", phone()), new Field("/householdRegion", code(false, true)),
        new Field("/residenceRegion", code(false, true)));
  }

  private static MalformedBodies registration() {
    Map<String, Object> template = Petitions.registrationBody("2026-10-15T09:00:00+08:00");
    return new MalformedBodies(json(template), List.of(
        new Field("/channel", choice(names(Channel.values()), true, true)),
        new Field("/receivedAt", receivedAt(true)),
        new Field("/firstContactDept", otherDepartmentOr(code(false, true), "ZJJ")),
        new Field("/title", text(200, true, true)),
        new Field("/content", text(4000, true, true)),
        new Field("/category", code(true, true)),
        new Field("/occurrenceRegion", code(true, true)),
        new Field("/personCount", whole(1, 10_000, false)),
        new Field("/petitioners", MalformedBodies.list(() -> json(petitioner()), petitionerFields(), 50, false)),
        new Field("/petitioners/0/idNumber", idNumber()),
        new Field("/skipLevel", flag()),
        new Field("/extremeBehaviour", flag())), Set.of(), true);
  }

  private static MalformedBodies facts() {
    return new MalformedBodies(json(Map.of("note", "业主代表称还会再来。")), List.of(
        new Field("/personCount", whole(1, 10_000, false)),
        new Field("/skipLevel", flag()),
        new Field("/extremeBehaviour", flag()),
        new Field("/note", text(2000, false, true))), Set.of(), true);
  }

  private static MalformedBodies appeal() {
    return new MalformedBodies(json(Map.of("kind", "REVIEW", "receivedAt", "2026-10-15T09:00:00+08:00")), List.of(
        new Field("/kind", choice(List.of("REVIEW", "RE_REVIEW"), true, true)),
        new Field("/receivedAt", receivedAt(true))), Set.of(), true);
  }

  private static Map<String, Object> disputeTemplate() {
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("regionCode", "330100-01");
    template.put("domain", "OTHER");
    template.put("place", "幸福里小区3幢");
    template.put("peopleInvolved", 2);
    template.put("title", "邻里漏水纠纷");
    template.put("description", "楼上漏水，邻里多次争执。");
    template.put("parties", "李四、王五");
    template.put("category", "邻里纠纷");
    template.put("skipLevel", false);
    template.put("extremeBehaviour", false);
    return template;
  }

  private static MalformedBodies dispute() {
    return new MalformedBodies(json(disputeTemplate()), List.of(
        new Field("/regionCode", code(true, true)),
        new Field("/domain", choice(names(DisputeDomain.values()), true, true)),
        new Field("/place", text(200, true, true)),
        new Field("/peopleInvolved", whole(1, 10_000, true)),
        new Field("/description", text(4000, true, true)),
        new Field("/title", text(200, false, true)),
        new Field("/parties", text(500, false, true)),
        new Field("/category", code(false, true)),
        new Field("/skipLevel", flag()),
        new Field("/extremeBehaviour", flag())), Set.of(), true);
  }

  private static MalformedBodies disputePetition() {
    return new MalformedBodies(json(Map.of("channel", "LETTER", "firstContactDept", "JD01")), List.of(
        new Field("/channel", choice(names(Channel.values()), false, true)),
        new Field("/firstContactDept", otherDepartmentOr(code(false, true), "XFJ")),
        new Field("/petitioners", MalformedBodies.list(() -> json(petitioner()), petitionerFields(), 50, true))),
        Set.of(Accepted.NULL, Accepted.EMPTY_OBJECT, Accepted.EMPTY_BODY), true);
  }

  private static MalformedBodies calendar() {
    Function<Random, JsonNode> date = random -> MalformedBodies.pick(random, List.of(
        JSON.textNode("2029-12-31"), JSON.textNode("2030-02-30"), JSON.textNode("2030/01/01"), JSON.textNode(""),
        JSON.textNode(MalformedBodies.junk(random)), JSON.nullNode(), JSON.numberNode(20300101),
        JSON.objectNode().put("year", 2030), JSON.arrayNode().add(2030).add(1).add(1)));
    Function<Random, JsonNode> day = random -> MalformedBodies.pick(random, List.of(JSON.nullNode(),
        JSON.textNode("2030-01-01"), JSON.numberNode(1), JSON.arrayNode()));
    return new MalformedBodies(json(List.of(Map.of("date", "2030-01-01", "kind", "HOLIDAY", "name", "元旦"))),
        List.of(new Field("/0/date", date),
            new Field("/0/kind", choice(List.of("HOLIDAY", "WORKDAY"), true, true)),
            new Field("/0/name", text(50, true, true)),
            new Field("/0", day)), Set.of(Accepted.EMPTY_ARRAY), true);
  }

  private static MalformedBodies noBody() {
    return new MalformedBodies(json(Map.of("reload", true)), List.of(), Set.of(), true);
  }

  private static JsonNode variables(Map<String, Object> form) {
    return json(Petitions.asVariables(form));
  }

  /** The form's fields: what is wrong for each value, and a Camunda type that does not fit it. */
  private static List<Field> formFields(Map<String, Function<Random, JsonNode>> wrongValues) {
    return wrongValues.entrySet().stream().flatMap(e -> Stream.of(
        new Field("/variables/" + e.getKey() + "/value", e.getValue()),
        new Field("/variables/" + e.getKey(), MalformedBodies.camundaType(), false))).toList();
  }

  private static MalformedBodies registrationForm() {
    Map<String, Object> form = Petitions.startForm("2026-10-15T09:00");
    Map<String, Function<Random, JsonNode>> wrong = new LinkedHashMap<>();
    wrong.put("channel", choice(names(Channel.values()), true, false));
    wrong.put("receivedAt", receivedAt(false));
    wrong.put("firstContactDept", otherDepartmentOr(code(false, false), "ZJJ"));
    wrong.put("title", text(200, true, false));
    wrong.put("content", text(4000, true, false));
    wrong.put("category", code(true, false));
    wrong.put("occurrenceRegion", code(true, false));
    wrong.put("personCount", whole(1, 10_000, false));
    wrong.put("petitionerName", text(100, true, false));
    wrong.put("petitionerIdNumber", idNumber());
    wrong.put("petitionerPhone", phone());
    wrong.put("householdRegion", code(false, false));
    wrong.put("skipLevel", flag());
    wrong.put("extremeBehaviour", flag());
    return new MalformedBodies(variables(form), formFields(wrong), Set.of(), false);
  }

  private static MalformedBodies disputeForm() {
    Map<String, Object> form = new LinkedHashMap<>(disputeTemplate());
    form.remove("skipLevel");
    form.remove("extremeBehaviour");
    Map<String, Function<Random, JsonNode>> wrong = new LinkedHashMap<>();
    wrong.put("regionCode", code(true, false));
    wrong.put("domain", choice(names(DisputeDomain.values()), true, false));
    wrong.put("place", text(200, true, false));
    wrong.put("peopleInvolved", whole(1, 10_000, true));
    wrong.put("description", text(4000, true, false));
    wrong.put("title", text(200, false, false));
    wrong.put("parties", text(500, false, false));
    wrong.put("category", code(false, false));
    wrong.put("skipLevel", flag());
    wrong.put("extremeBehaviour", flag());
    return new MalformedBodies(variables(form), formFields(wrong), Set.of(), false);
  }
}
