package cn.petition.warning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.casefile.CaseEventKind;
import cn.petition.emergency.EmergencyProcess;
import cn.petition.support.Api;
import cn.petition.support.EngineClock;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import java.nio.file.Files;
import java.nio.file.Path;
import cn.petition.support.ProcessTests;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The colour in the intake answer (POST /api/cases), its re-evaluation, and the warnings of GET /api/cases/{caseNo}. */
@IntegrationTest
class WarningApiTest {

  /** The fixed dates below stay within the receipts the intake accepts (a year back, a year with holidays). */
  @RegisterExtension
  final EngineClock clock = EngineClock.at(OffsetDateTime.of(2026, 10, 15, 10, 0, 0, 0, ProcessTests.CST));

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TextSignals textSignals;

  private Api as(String user) {
    return new Api(rest, user);
  }

  static Map<String, Object> petition(String channel, String title, String content, String category, int persons,
      String idNumber, boolean skipLevel) {
    List<Object> people = new ArrayList<>();
    for (int i = 0; i < Math.min(persons, 5); i++) {
      people.add(new HashMap<>(Map.of("name", "信访人" + i, "idNumber", i == 0 ? idNumber : Petitions.newIdNumber(),
          "householdRegion", "330100-01", "residenceRegion", "330100-01")));
    }
    Map<String, Object> body = new HashMap<>();
    body.put("channel", channel);
    body.put("receivedAt", "2026-09-28T09:30:00+08:00");
    body.put("firstContactDept", "XFJ");
    body.put("title", title);
    body.put("content", content);
    body.put("category", category);
    body.put("occurrenceRegion", "330100-01");
    body.put("personCount", persons);
    body.put("petitioners", people);
    body.put("skipLevel", skipLevel);
    body.put("extremeBehaviour", false);
    return body;
  }

  /**
   * Six people about demolition threatening to block the road: a collective visit (≥5) in a key domain
   * (urban renewal) with an orange phrase (堵路) is red, row "重点领域集体访且扬言堵路进京等为红色" —
   * a threatened road block by a crowd is an urgent risk that needs handling within 24 hours.
   */
  @Test
  @SuppressWarnings("unchecked")
  void sixPeopleAboutDemolitionThreateningToBlockTheRoadAreRed() {
    ResponseEntity<Map<String, Object>> created = as("xfj-handler").post("/api/cases", petition("VISIT",
        "征收拆迁补偿不到位", "六户被征收户反映补偿款迟迟不到位，称再不解决就去堵路。", "征收拆迁", 6,
        Petitions.newIdNumber(), false));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("warningLevel", "RED");
    String caseNo = (String) created.getBody().get("caseNo");
    Map<String, Object> detail = as("xfj-handler").get("/api/cases/" + caseNo).getBody();
    assertThat(detail).containsEntry("warningLevel", "RED");
    List<Map<String, Object>> warnings = (List<Map<String, Object>>) detail.get("warnings");
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w).containsEntry("level", "RED").containsEntry("rule", "重点领域集体访且扬言堵路进京等为红色")
          .containsEntry("trigger", "INTAKE").containsEntry("status", "OPEN");
      assertThat((String) w.get("matchedPhrases")).contains("堵路");
      assertThat((String) w.get("dueAt")).endsWith("+08:00");
    });
    assertThat((List<Map<String, Object>>) detail.get("deadlines"))
        .anySatisfy(d -> assertThat(d).containsEntry("limit", "WARNING_RED").containsEntry("dayType", "HOURS"));
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(WarningProcess.KEY)
        .processInstanceBusinessKey(caseNo).count()).isEqualTo(1);
  }

  @Test
  void aSingleFirstTimeLetterAboutSchoolEnrolmentHasNoWarning() {
    ResponseEntity<Map<String, Object>> created = as("xfj-handler").post("/api/cases", petition("LETTER",
        "孩子入学被拒", "学区内适龄儿童入学被拒，希望教育局解决。", "教育", 1, Petitions.newIdNumber(), false));

    assertThat(created.getBody()).containsEntry("warningLevel", "NONE");
    String caseNo = (String) created.getBody().get("caseNo");
    assertThat(as("xfj-handler").get("/api/cases/" + caseNo).getBody().get("warnings")).asList().isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(WarningProcess.KEY)
        .processInstanceBusinessKey(caseNo).count()).isZero();
  }

  /** A skip-level repeat: row "越级重复信访为橙色"; the original is raised too (it is the same matter). */
  @Test
  void aSkipLevelRepeatPetitionerIsOrange() {
    String idNumber = Petitions.newIdNumber();
    ResponseEntity<Map<String, Object>> first = as("xfj-handler").post("/api/cases", petition("VISIT",
        "养老院收费上涨", "养老院单方面上调收费。", "养老托幼", 1, idNumber, false));
    assertThat(first.getBody()).containsEntry("warningLevel", "NONE");
    String original = (String) first.getBody().get("caseNo");

    ResponseEntity<Map<String, Object>> repeat = as("xfj-handler").post("/api/cases", petition("VISIT",
        "养老院收费上涨", "越级到市里反映养老院单方面上调收费。", "养老托幼", 1, idNumber, true));

    assertThat(repeat.getBody()).containsEntry("repeatOf", original).containsEntry("warningLevel", "ORANGE");
    Map<String, Object> detail = as("xfj-handler").get("/api/cases/" + original).getBody();
    assertThat(detail).containsEntry("warningLevel", "ORANGE");
    assertThat(detail.get("warnings")).asList().singleElement().asInstanceOf(
        org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("rule", "越级重复信访为橙色").containsEntry("trigger", "REPEAT");
  }

  @Test
  @SuppressWarnings("unchecked")
  void newFactsFromAHandlerRaiseTheColourAndSupersedeTheOldResponse() {
    ResponseEntity<Map<String, Object>> created = as("xfj-handler").post("/api/cases", petition("VISIT",
        "征收拆迁补偿", "补偿标准有异议。", "征收拆迁", 2, Petitions.newIdNumber(), false));
    assertThat(created.getBody()).containsEntry("warningLevel", "YELLOW");
    String caseNo = (String) created.getBody().get("caseNo");

    ResponseEntity<Map<String, Object>> answer = as("xfj-handler").post("/api/cases/" + caseNo + "/facts",
        Map.of("note", "信访人扬言要自焚"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("warningLevel", "RED").containsEntry("raised", true);
    assertThat((List<String>) answer.getBody().get("matchedPhrases")).contains("自焚");
    List<Map<String, Object>> warnings = (List<Map<String, Object>>) answer.getBody().get("warnings");
    assertThat(warnings).extracting(w -> w.get("level") + ":" + w.get("status"))
        .containsExactly("YELLOW:SUPERSEDED", "RED:OPEN");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(WarningProcess.KEY)
        .processInstanceBusinessKey(caseNo).count()).as("only the red response runs").isEqualTo(1);

    ResponseEntity<Map<String, Object>> again = as("xfj-handler").post("/api/cases/" + caseNo + "/facts",
        Map.of("personCount", 1));
    assertThat(again.getBody()).as("a colour is not lowered by a rule").containsEntry("warningLevel", "RED")
        .containsEntry("raised", false);
  }

  @Test
  @SuppressWarnings("unchecked")
  void badFactsAreNamedInChinese() {
    ResponseEntity<Map<String, Object>> created = as("xfj-handler").post("/api/cases", petition("LETTER",
        "孩子入学被拒", "入学被拒。", "教育", 1, Petitions.newIdNumber(), false));
    String caseNo = (String) created.getBody().get("caseNo");
    ResponseEntity<Map<String, Object>> bad = as("xfj-handler").post("/api/cases/" + caseNo + "/facts",
        Map.of("personCount", 0));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) bad.getBody().get("errors"))
        .containsExactly(Map.of("field", "personCount", "message", "人数至少为1"));
    assertThat(as("xfj-handler").post("/api/cases/" + caseNo + "/facts", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  /** Issue 8: a petitioner who says he has no such thoughts is not a red case and starts no 处突. */
  @Test
  @SuppressWarnings("unchecked")
  void aNegatedThreatRaisesNoRedAndNoEmergencyAndTheTimelineSaysWhy() {
    ResponseEntity<Map<String, Object>> created = as("xfj-handler").post("/api/cases", petition("LETTER",
        "孩子入学被拒", "信访人没有轻生念头，绝不会跳楼，也不会自杀，只希望孩子能按时入学。", "教育", 1,
        Petitions.newIdNumber(), false));

    assertThat(created.getBody()).containsEntry("warningLevel", "NONE");
    String caseNo = (String) created.getBody().get("caseNo");
    Map<String, Object> detail = as("xfj-handler").get("/api/cases/" + caseNo).getBody();
    assertThat(detail.get("warnings")).asList().isEmpty();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(EmergencyProcess.KEY)
        .processInstanceBusinessKey(caseNo).count()).isZero();
    assertThat((List<Map<String, Object>>) detail.get("timeline"))
        .filteredOn(e -> CaseEventKind.WARNING_PHRASES_NEGATED.name().equals(e.get("kind"))).singleElement()
        .satisfies(e -> assertThat((String) e.get("detail")).isEqualTo("预警研判：‘轻生’被‘没有’否定，未计入；"
            + "‘跳楼’被‘绝不会’否定，未计入；‘自杀’被‘不会’否定，未计入"));
  }

  @Test
  void notBlockingTheRoadAndNotGoingToBeijingIsNotOrange() {
    ResponseEntity<Map<String, Object>> created = as("xfj-handler").post("/api/cases", petition("VISIT",
        "养老院收费上涨", "信访人表示不会堵路，也不会进京，只希望依法解决。", "养老托幼", 1, Petitions.newIdNumber(), false));
    assertThat(created.getBody()).containsEntry("warningLevel", "NONE");
  }

  @Test
  void collectiveLandAndCollectiveHouseholdAreNotYellow() {
    ResponseEntity<Map<String, Object>> created = as("xfj-handler").post("/api/cases", petition("LETTER",
        "集体土地征收补偿", "集体土地征收补偿标准过低，集体户口也迁不出去。", "征收拆迁", 1, Petitions.newIdNumber(), false));
    assertThat(created.getBody()).containsEntry("warningLevel", "NONE");
  }

  /**
   * A collective visit starts 处突 either way; only a filmed and posted video, not 视频接访, brings in
   * the online-opinion guidance of 网信办.
   */
  @Test
  void videoReceptionIsNoOnlineOpinionRiskButAPostedVideoIs() {
    String received = (String) as("xfj-handler").post("/api/cases", petition("VISIT", "养老院收费上涨",
        "六位老人家属通过视频接访反映养老院单方面上调收费。", "养老托幼", 6, Petitions.newIdNumber(), false))
        .getBody().get("caseNo");
    String posted = (String) as("xfj-handler").post("/api/cases", petition("VISIT", "养老院收费上涨",
        "六位老人家属反映养老院单方面上调收费，已拍了视频发到网上。", "养老托幼", 6, Petitions.newIdNumber(), false))
        .getBody().get("caseNo");

    assertThat(onlineRiskOfEmergency(received)).isFalse();
    assertThat(onlineRiskOfEmergency(posted)).isTrue();
    assertThat(as("xfj-handler").get("/api/cases/" + received).getBody().get("warnings")).asList().singleElement()
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("level", "ORANGE").containsEntry("onlineRisk", false)
        .satisfies(w -> assertThat((String) w.get("reason")).endsWith("；‘视频’属于‘视频接访’，未计入"));
  }

  private boolean onlineRiskOfEmergency(String caseNo) {
    String instance = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(EmergencyProcess.KEY)
        .processInstanceBusinessKey(caseNo).singleResult().getId();
    return (Boolean) historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName(EmergencyProcess.ONLINE_RISK).singleResult().getValue();
  }

  /** A colour raised for other facts keeps the negated phrases in its recorded reason. */
  @Test
  @SuppressWarnings("unchecked")
  void aRaisedWarningRecordsTheNegatedPhrasesInItsReason() {
    ResponseEntity<Map<String, Object>> created = as("xfj-handler").post("/api/cases", petition("VISIT",
        "征收拆迁补偿", "两户被征收户反映补偿标准过低，表示不会堵路，也不会进京。", "征收拆迁", 2,
        Petitions.newIdNumber(), false));
    assertThat(created.getBody()).containsEntry("warningLevel", "YELLOW");
    String caseNo = (String) created.getBody().get("caseNo");
    Map<String, Object> detail = as("xfj-handler").get("/api/cases/" + caseNo).getBody();
    assertThat((List<Map<String, Object>>) detail.get("warnings")).singleElement().satisfies(w -> {
      assertThat(w).containsEntry("rule", "重点领域多人信访为黄色").containsEntry("matchedPhrases", null);
      assertThat((String) w.get("reason")).startsWith("涉及人数=2").endsWith("文本信号=NONE；‘堵路’被‘不会’否定，未计入；"
          + "‘进京’被‘不会’否定，未计入");
    });
    assertThat((List<Map<String, Object>>) detail.get("timeline"))
        .filteredOn(e -> CaseEventKind.WARNING.name().equals(e.get("kind"))).singleElement()
        .satisfies(e -> assertThat((String) e.get("detail")).endsWith("‘堵路’被‘不会’否定，未计入；‘进京’被‘不会’否定，未计入"));

    ResponseEntity<Map<String, Object>> answer = as("xfj-handler").post("/api/cases/" + caseNo + "/facts",
        Map.of("note", "信访人表示绝不会自焚"));
    assertThat(answer.getBody()).containsEntry("warningLevel", "YELLOW").containsEntry("raised", false);
    assertThat((List<String>) answer.getBody().get("uncountedPhrases"))
        .contains("‘自焚’被‘绝不会’否定，未计入", "‘堵路’被‘不会’否定，未计入");
  }

  /** A broken list is answered 400 naming each wrong line; the list in force stays. */
  @Test
  @SuppressWarnings("unchecked")
  void aBrokenPhraseListIsRefusedLineByLine() throws Exception {
    Path file = new ClassPathResource("rules/warning/phrases.txt").getFile().toPath();
    String shipped = Files.readString(file);
    try {
      Files.writeString(file, "跳楼,RED\n烧车,PURPLE\n集体,YELLOW,EXCEPT=土地\n");
      ResponseEntity<Map<String, Object>> refused = as("admin").post("/api/warnings/phrases/reload", Map.of());
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
          .containsExactly("phrases.txt:2", "phrases.txt:3");
      assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).first()
          .satisfies(e -> assertThat((String) e.get("message")).startsWith("第 2 行：等级应为 YELLOW、ORANGE 或 RED")
              .endsWith("；仍使用原词表"));
      assertThat(textSignals.phrases()).as("the list in force stays").hasSizeGreaterThan(20);
    } finally {
      Files.writeString(file, shipped);
    }
  }

  @Test
  void onlyAdministratorsAndDesignersReloadThePhraseList() {
    for (String user : List.of("xfj-handler", "supervisor")) {
      assertThat(as(user).post("/api/warnings/phrases/reload", Map.of()).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    for (String user : List.of("admin", "designer")) {
      ResponseEntity<Map<String, Object>> reloaded = as(user).post("/api/warnings/phrases/reload", Map.of());
      assertThat(reloaded.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat((Integer) reloaded.getBody().get("phrases")).isGreaterThan(20);
    }
  }
}
