package cn.petition.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.petition.document.CaseDocument;
import cn.petition.document.NoticeKind;
import cn.petition.document.Notices;
import cn.petition.intake.IntakeService;
import cn.petition.intake.RegisterCaseRequest;
import cn.petition.intake.RegisteredCase;
import cn.petition.supervision.Letters;
import cn.petition.support.Timers;
import cn.petition.support.Api;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import cn.petition.support.ProcessCoverage;
import cn.petition.support.ProcessTests;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** 复查 and 复核: windows, decision tasks with the ladder, and finality after 复核. */
@IntegrationTest
@ProcessCoverage(processes = AppealProcess.KEY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppealTest {

  private static final ZoneOffset CST = ProcessTests.CST;
  private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2026, 9, 28, 9, 30, 0, 0, CST);

  @Autowired IntakeService intake;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired Letters letters;
  @Autowired Notices notices;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void reviewThenReReviewWithTheLadderAndThenTheMatterIsFinal() {
    String idNumber = Petitions.newIdNumber();
    RegisterCaseRequest request = Petitions.urbanRenewal(RECEIVED, idNumber);
    String caseNo = repliedCase(request);   // replied Oct 2, 10:00
    Api office = new Api(rest, "xfj-handler");

    // The window runs from the delivery (送达) of the written reply: none recorded yet, none started.
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 4, 9, 0, 0, 0, CST));
    ResponseEntity<String> undelivered = office.postForText("/api/cases/" + caseNo + "/appeals",
        Map.of("kind", "REVIEW", "receivedAt", "2026-10-04T09:00:00+08:00"));
    assertThat(undelivered.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(undelivered.getBody()).contains("信访事项处理意见书尚未登记送达", "尚未开始");
    deliver(office, caseNo, NoticeKind.REPLY_OPINION, "2026-10-03");

    ProcessTests.clock(OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, CST));
    ResponseEntity<String> late = office.postForText("/api/cases/" + caseNo + "/appeals",
        Map.of("kind", "REVIEW", "receivedAt", "2026-11-20T09:00:00+08:00"));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody()).contains("复查请求已超过期限", "2026年11月2日", "第三十六条");
    assertThat(office.postForText("/api/cases/" + caseNo + "/appeals", Map.of("kind", "RE_REVIEW",
        "receivedAt", "2026-10-20T09:00:00+08:00")).getBody()).contains("尚无复查意见");
    assertThat(office.postForText("/api/cases/" + caseNo + "/appeals", Map.of("kind", "APPEAL")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<Map<String, Object>> review = office.post("/api/cases/" + caseNo + "/appeals",
        Map.of("kind", "REVIEW", "receivedAt", "2026-10-20T09:00:00+08:00"));
    assertThat(review.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    // 30 calendar days from Oct 20 end on Thu Nov 19.
    assertThat(review.getBody()).containsEntry("decideDueAt", "2026-11-19T23:59:59+08:00")
        .containsEntry("decidingDept", "SXFJ");
    String reviewPi = (String) review.getBody().get("processInstanceId");
    Task decide = taskService.createTaskQuery().processInstanceId(reviewPi).singleResult();
    assertThat(decide.getName()).isEqualTo("复查决定");
    assertThat(taskService.getIdentityLinksForTask(decide.getId())).extracting(l -> l.getGroupId())
        .contains("dept-SXFJ");

    // The decision carries the ladder: 临期, 到期, 逾期 on REVIEW_DECIDE.
    ProcessTests.clock(OffsetDateTime.of(2026, 11, 19, 9, 0, 0, 0, CST));
    assertThat(Timers.fireDue(managementService, reviewPi)).isEqualTo(1);
    ProcessTests.clock(OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, CST));
    assertThat(Timers.fireDue(managementService, reviewPi)).isEqualTo(2);
    assertThat(letters.ofCase(caseNo)).filteredOn(l -> l.getStep().equals("REVIEW_DECIDE"))
        .extracting(l -> l.getKind() + "→" + l.getRecipientGroup())
        .containsExactly("NOTICE→dept-SXFJ", "SUPERVISION_LETTER→leader-SXFJ", "ACCOUNTABILITY_LETTER→dept-JWJW");
    assertThat(office.postForText("/api/cases/" + caseNo + "/appeals", Map.of("kind", "REVIEW",
        "receivedAt", "2026-10-21T09:00:00+08:00")).getBody()).contains("已登记过复查请求");

    taskService.complete(decide.getId(), withVariables("appealOpinion", "维持原处理意见。"));
    ProcessTests.clock(OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 0, CST));
    assertThat(office.postForText("/api/cases/" + caseNo + "/appeals", Map.of("kind", "RE_REVIEW",
        "receivedAt", "2026-11-24T09:00:00+08:00")).getBody()).contains("复查意见书尚未登记送达");
    // The superior organ that wrote the 复查意见书 records its delivery.
    deliver(new Api(rest, "sxfj-handler"), caseNo, NoticeKind.REVIEW_OPINION, "2026-11-23");
    ResponseEntity<Map<String, Object>> reReview = office.post("/api/cases/" + caseNo + "/appeals",
        Map.of("kind", "RE_REVIEW", "receivedAt", "2026-11-24T09:00:00+08:00"));
    assertThat(reReview.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String reReviewPi = (String) reReview.getBody().get("processInstanceId");
    Task reDecide = taskService.createTaskQuery().processInstanceId(reReviewPi).singleResult();
    assertThat(reDecide.getName()).isEqualTo("复核决定");
    taskService.complete(reDecide.getId(), withVariables("appealOpinion", "复核维持。"));

    // Final: neither a further appeal nor a new petition on the same facts is accepted.
    ResponseEntity<String> again = office.postForText("/api/cases/" + caseNo + "/appeals",
        Map.of("kind", "REVIEW", "receivedAt", "2026-11-25T08:00:00+08:00"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("复核终结");
    Map<String, Object> petition = Map.of("channel", "VISIT", "receivedAt", "2026-11-25T08:00:00+08:00",
        "title", "再次反映电梯补贴", "content", "补贴仍未发放。", "category", "城市更新", "occurrenceRegion", "330100-01",
        "petitioners", List.of(Map.of("name", "张三", "idNumber", idNumber, "householdRegion", "330100-01",
            "residenceRegion", "330100-01")));
    ResponseEntity<String> refused = office.postForText("/api/cases", petition);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody()).contains("复核终结", caseNo, "第三十七条");
    Map<String, Object> otherFacts = new java.util.HashMap<>(petition);
    otherFacts.put("category", "教育");
    assertThat(office.postForText("/api/cases", otherFacts).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  /** Registers, accepts, handles and replies: the written reply goes out on Oct 2. */
  private String repliedCase(RegisterCaseRequest request) {
    ProcessTests.clock(RECEIVED.plusMinutes(30));
    RegisteredCase registered = intake.register(request, Petitions.petitionOfficeHandler());
    String pi = registered.processInstanceId();
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 2, 10, 0, 0, 0, CST));
    complete(pi, withVariables("decision", "ACCEPT"));
    complete(pi, withVariables("outcome", "EXPLAIN", "replyText", "已解释补贴政策。"));
    complete(pi, withVariables("approved", true));
    return registered.caseNo();
  }

  private void deliver(Api api, String caseNo, NoticeKind kind, String date) {
    CaseDocument notice = notices.ofCase(caseNo).stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    ResponseEntity<Map<String, Object>> delivered = api.post("/api/cases/" + caseNo + "/documents/" + notice.id()
        + "/delivery", Map.of("deliveredAt", date, "method", "DIRECT"));
    assertThat(delivered.getStatusCode()).as("%s", delivered.getBody()).isEqualTo(HttpStatus.OK);
  }

  private void complete(String pi, Map<String, Object> variables) {
    ProcessTests.completeTask(taskService, pi, variables);
  }
}
