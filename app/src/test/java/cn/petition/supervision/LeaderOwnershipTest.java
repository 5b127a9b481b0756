package cn.petition.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.petition.casefile.CaseEventKind;
import cn.petition.casefile.CaseStatus;
import cn.petition.appeal.AppealKind;
import cn.petition.appeal.AppealMapper;
import cn.petition.casefile.CaseEvent;
import cn.petition.casefile.CaseEventMapper;
import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.intake.IntakeService;
import cn.petition.intake.RegisteredCase;
import cn.petition.support.Api;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import cn.petition.support.ProcessCoverage;
import cn.petition.support.Timers;
import cn.petition.support.ProcessTests;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 领导包案 on the real engine: repeat petitions make a backlog case, the leader owns it (包案 list,
 * 包案督办 task with its 定期调度 timer, letters in copy), the daily scan marks a long-open case, and
 * the Tasklist start form refuses finally decided facts.
 */
@IntegrationTest
@ProcessCoverage(processes = {LeaderOwnershipProcess.KEY, BacklogScanProcess.KEY})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeaderOwnershipTest {

  private static final ZoneOffset CST = ProcessTests.CST;

  @Autowired IntakeService intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired PetitionCaseMapper cases;
  @Autowired CaseEventMapper events;
  @Autowired LeaderOwnership ownership;
  @Autowired Letters letters;
  @Autowired AppealMapper appeals;
  @Autowired BacklogProperties backlogProperties;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void threeRepeatPetitionsMakeABacklogCaseThatTheHandlingDepartmentsLeaderOwns() {
    String idNumber = Petitions.newIdNumber();
    OffsetDateTime received = OffsetDateTime.of(2026, 9, 28, 9, 30, 0, 0, CST);
    ProcessTests.clock(received);
    RegisteredCase original = intake.register(Petitions.urbanRenewal(received, idNumber),
        Petitions.petitionOfficeHandler());
    String caseNo = original.caseNo();
    assertThat(original.handlingDept()).isEqualTo("ZJJ");

    for (int day = 1; day <= 2; day++) {
      repeat(received.plusDays(day), idNumber);
      assertThat(ownership.ownerOf(caseNo)).as("after %d repeat petitions", day).isNull();
    }
    OffsetDateTime third = received.plusDays(3);
    repeat(third, idNumber);

    LeaderOwnership.Assignment owner = ownership.assignmentOf(caseNo);
    assertThat(owner.leaderGroup()).isEqualTo("leader-ZJJ");
    assertThat(owner.deptCode()).isEqualTo("ZJJ");
    assertThat(owner.ruleName()).isEqualTo("重复信访3次以上");
    assertThat(timeline(caseNo)).anyMatch(e -> e.kind() == CaseEventKind.LEADER_OWNERSHIP
        && e.detail().contains("重复信访3次以上") && e.detail().contains("leader-ZJJ"));

    // 包案 list: the owning leader's groups only.
    assertThat(caseNumbers(new Api(rest, "zjj-leader").get("/api/cases?ledBy=me&size=200"))).contains(caseNo);
    assertThat(caseNumbers(new Api(rest, "jyj-leader").get("/api/cases?ledBy=me&size=200"))).doesNotContain(caseNo);
    assertThat(caseNumbers(new Api(rest, "zjj-handler").get("/api/cases?ledBy=me&size=200"))).doesNotContain(caseNo);
    assertThat(new Api(rest, "zjj-leader").get("/api/cases?ledBy=someone").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    @SuppressWarnings("unchecked")
    Map<String, Object> leaderOwner = (Map<String, Object>) new Api(rest, "zjj-leader").get("/api/cases/" + caseNo)
        .getBody().get("leaderOwner");
    assertThat(leaderOwner).containsEntry("leaderGroup", "leader-ZJJ").containsEntry("reason", "重复信访3次以上");

    // The 包案督办 task for leader-ZJJ, visible in the leader's Tasklist (engine REST with authorizations).
    ProcessInstance pi = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(LeaderOwnershipProcess.KEY).processInstanceBusinessKey(caseNo).singleResult();
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(task.getName()).isEqualTo("包案督办");
    assertThat(ProcessTests.candidateGroups(taskService, task)).containsExactly("leader-ZJJ");
    assertThat(tasklist("zjj-leader", caseNo)).hasSize(1);
    assertThat(tasklist("jyj-leader", caseNo)).isEmpty();

    // 定期调度 at the configured cycle (R/P7D): 7 days after the task was created, and again 7 days later.
    assertThat(backlogProperties.redispatchCycle()).isEqualTo("R/P7D");
    Date firstDispatch = Date.from(third.plusDays(7).toInstant());
    assertThat(Timers.pending(managementService, pi.getId())).containsEntry("Redispatch", firstDispatch);
    ProcessTests.clock(third.plusDays(7).minusMinutes(1));
    assertThat(Timers.fireDue(managementService, pi.getId())).isZero();
    ProcessTests.clock(third.plusDays(7));
    assertThat(Timers.fireDue(managementService, pi.getId())).isEqualTo(1);
    assertThat(timeline(caseNo))
        .anyMatch(e -> e.kind() == CaseEventKind.LEADER_REDISPATCH && e.detail().contains("第1次"));
    assertThat(runtimeService.getVariable(pi.getId(), "dispatchRound")).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).as("task stays open").isEqualTo(1);
    assertThat(Timers.pending(managementService, pi.getId()))
        .containsEntry("Redispatch", Date.from(third.plusDays(14).toInstant()));

    // Letters issued from now on reach the leader: addressed to the owner or copied to them.
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 8, 8, 0, 0, 0, CST));
    assertThat(Timers.fireDue(managementService, original.processInstanceId())).isEqualTo(1);
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 12, 8, 0, 0, 0, CST));
    assertThat(Timers.fireDue(managementService, original.processInstanceId())).isEqualTo(2);
    // The third petition raised the case to orange: a 风险提醒函 went out then (HIGH_RISK), before the ladder.
    assertThat(letters.ofCase(caseNo)).extracting(Letter::getStage).containsExactly(SupervisionStage.HIGH_RISK,
        SupervisionStage.APPROACHING, SupervisionStage.DUE, SupervisionStage.OVERDUE);
    List<Letter> issued = letters.ofCase(caseNo).stream().filter(l -> l.getStage() != SupervisionStage.HIGH_RISK)
        .toList();
    assertThat(issued).allMatch(l -> "leader-ZJJ".equals(l.getRecipientGroup()) || "leader-ZJJ".equals(l.getCopyTo()),
        "每份函件都送达或抄送包案领导");
    assertThat(issued).filteredOn(l -> l.getKind() == LetterKind.ACCOUNTABILITY_LETTER)
        .extracting(Letter::getRecipientGroup, Letter::getCopyTo).containsExactly(
            org.assertj.core.groups.Tuple.tuple("dept-JWJW", "leader-ZJJ"));

    // The leader reports; not yet resolved keeps the ownership, resolved ends it.
    String leaderTask = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    assertThatThrownBy(() -> taskService.complete(leaderTask, withVariables("resolved", false)))
        .hasMessageContaining("化解方案");
    taskService.complete(leaderTask, withVariables("plan", "约谈开发商，督促补贴发放", "teamMembers",
        "包案领导、住建局局长、承办人、街道干部", "resolved", false));
    Task again = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(again.getName()).isEqualTo("包案督办");
    taskService.complete(again.getId(), withVariables("plan", "补贴已发放到位", "resolved", true));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("BacklogResolved").count()).isEqualTo(1);
    assertThat(timeline(caseNo)).extracting(CaseEvent::kind)
        .contains(CaseEventKind.LEADER_REPORT, CaseEventKind.LEADER_RESOLVED);

    // Idempotent: assessing again names no second owner and starts no second process.
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(LeaderOwnershipProcess.KEY)
        .processInstanceBusinessKey(caseNo).count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(LeaderOwnershipProcess.KEY)
        .processInstanceBusinessKey(caseNo).count()).isEqualTo(1);
  }

  @Test
  void theDailyScanMarksALongOpenCaseAndTheOwnershipEndsWhenTheCaseCloses() {
    OffsetDateTime received = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, CST);
    ProcessTests.clock(received);
    RegisteredCase registered = intake.register(Petitions.request(received, "教育", 1,
        List.of(Petitions.petitioner(Petitions.newIdNumber(), "330100-01", "330100-01"))),
        Petitions.petitionOfficeHandler());
    String caseNo = registered.caseNo();

    Job scan = managementService.createJobQuery().processDefinitionKey(BacklogScanProcess.KEY)
        .timers().singleResult();
    assertThat(scan).as("the timer start event of backlog-scan.bpmn").isNotNull();
    assertThat(scan.getDuedate().toInstant().atZone(CST).getHour())
        .as("daily at 02:00 Beijing time (scan-cycle R/2026-01-01T02:00:00+08:00/P1D)").isEqualTo(2);

    ProcessTests.clock(received.plusDays(90));
    managementService.executeJob(scan.getId());
    assertThat(ownership.ownerOf(caseNo)).as("90 days open is not yet backlog").isNull();

    OffsetDateTime scanned = received.plusDays(91);
    ProcessTests.clock(scanned);
    Job next = managementService.createJobQuery().processDefinitionKey(BacklogScanProcess.KEY)
        .timers().singleResult();
    managementService.executeJob(next.getId());
    LeaderOwnership.Assignment owner = ownership.assignmentOf(caseNo);
    assertThat(owner.ruleName()).isEqualTo("办理超过90日未办结");
    assertThat(owner.leaderGroup()).isEqualTo("leader-" + registered.handlingDept());
    ProcessInstance pi = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(LeaderOwnershipProcess.KEY).processInstanceBusinessKey(caseNo).singleResult();

    // The case closes; at the next 定期调度 the ownership ends with it.
    String casePi = registered.processInstanceId();
    complete(casePi, withVariables("decision", "ACCEPT"));
    complete(casePi, withVariables("outcome", "EXPLAIN", "replyText", "已解释入学政策。"));
    complete(casePi, withVariables("approved", true));
    complete(casePi, withVariables("satisfactionWithHandler", "SATISFIED", "satisfactionWithOffice", "SATISFIED"));
    assertThat(cases.find(caseNo).getStatus()).isEqualTo(CaseStatus.CLOSED);
    ProcessTests.clock(scanned.plus(Duration.ofDays(7)));
    assertThat(Timers.fireDue(managementService, pi.getId())).isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("OwnershipEndedWithCase").count()).isEqualTo(1);
    assertThat(timeline(caseNo)).extracting(CaseEvent::kind).contains(CaseEventKind.LEADER_OWNERSHIP_ENDED);
  }

  @Test
  void theTasklistStartFormRefusesAPetitionOnFinallyDecidedFacts() {
    String idNumber = Petitions.newIdNumber();
    OffsetDateTime received = OffsetDateTime.of(2026, 9, 28, 9, 30, 0, 0, CST);
    ProcessTests.clock(received);
    String decided = intake.register(Petitions.urbanRenewal(received, idNumber), Petitions.petitionOfficeHandler())
        .caseNo();
    appeals.insert(decided, AppealKind.RE_REVIEW, received.plusDays(40).toInstant(), received.plusDays(40).toInstant(),
        "xfj-handler", "SXFJ");
    appeals.decide(decided, AppealKind.RE_REVIEW, "复核维持。", received.plusDays(50).toInstant());

    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(CaseProcess.KEY)
        .latestVersion().singleResult().getId();
    Map<String, Object> form = new HashMap<>(Map.of("channel", "VISIT", "receivedAt", "2026-11-25T09:00",
        "firstContactDept", "XFJ", "title", "再次反映电梯补贴", "content", "补贴仍未发放。", "category", "城市更新",
        "occurrenceRegion", "330100-01", "personCount", 1L, "petitionerName", "张三"));
    form.put("petitionerIdNumber", idNumber);
    ProcessTests.clock(OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, CST));
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(CaseProcess.KEY).count();
    assertThatThrownBy(() -> formService.submitStartForm(definitionId, form))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("不予登记").hasMessageContaining("复核终结").hasMessageContaining(decided)
        .hasMessageContaining("第三十七条");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CaseProcess.KEY).count())
        .isEqualTo(before);

    form.put("category", "教育");
    ProcessInstance other = formService.submitStartForm(definitionId, form);
    assertThat(other.getBusinessKey()).isNotEqualTo(decided);
  }

  private void repeat(OffsetDateTime at, String idNumber) {
    ProcessTests.clock(at);
    RegisteredCase repeat = intake.register(Petitions.urbanRenewal(at, idNumber), Petitions.petitionOfficeHandler());
    assertThat(repeat.repeatOf()).isNotNull();
  }

  private List<CaseEvent> timeline(String caseNo) {
    return events.ofCase(caseNo);
  }

  @SuppressWarnings("unchecked")
  private static List<String> caseNumbers(ResponseEntity<Map<String, Object>> page) {
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    return ((List<Map<String, Object>>) page.getBody().get("items")).stream()
        .map(item -> (String) item.get("caseNo")).toList();
  }

  @SuppressWarnings("rawtypes")
  private List tasklist(String user, String caseNo) {
    ResponseEntity<List> tasks = rest.withBasicAuth(user, "demo").getForEntity(
        "/engine-rest/task?processDefinitionKey=" + LeaderOwnershipProcess.KEY + "&processInstanceBusinessKey="
            + caseNo, List.class);
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    return tasks.getBody();
  }

  private void complete(String pi, Map<String, Object> variables) {
    ProcessTests.completeTask(taskService, pi, variables);
  }
}
