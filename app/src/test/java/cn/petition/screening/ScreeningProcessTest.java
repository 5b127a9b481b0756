package cn.petition.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.support.IntegrationTest;
import cn.petition.support.ProcessTests;
import cn.petition.warning.Warning;
import cn.petition.warning.WarningService;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Tasklist start form 上报矛盾纠纷, and the weekly street review and monthly district dispatch, whose timers
 * follow petition.screening.*-cycle, on the engine clock.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningProcessTest {

  private static final ZoneOffset CST = ProcessTests.CST;
  /** The first start of both configured cycles (application.yaml). */
  private static final OffsetDateTime CYCLE_START = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, CST);

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired DisputeService disputes;
  @Autowired DisputeValidator validator;
  @Autowired WarningService warnings;
  @Autowired PetitionCaseMapper cases;
  @Autowired ScreeningCycles cycles;

  private final Map<String, Set<String>> instances = new HashMap<>();

  @BeforeAll
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void aGridWorkerReportsADisputeThroughTheStartForm() {
    identityService.setAuthentication("grid-worker", List.of("grid-worker"));
    ProcessInstance pi = formService.submitStartForm(definition(ScreeningProcess.REPORT_KEY).getId(), Map.of(
        "regionCode", "330100-02", "domain", "ENTERPRISE_RESTRUCTURING", "place", "东湖纺织厂门口",
        "peopleInvolved", 8L, "description", "原纺织厂职工因安置补偿聚集，扬言要集体上访。",
        "skipLevel", false, "extremeBehaviour", false));
    identityService.clearAuthentication();
    track(ScreeningProcess.REPORT_KEY, pi);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("DisputeFound", "RegisterDispute", "DisputeRegistered");
    long id = ((Number) historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(ScreeningProcess.DISPUTE_ID).singleResult().getValue()).longValue();
    Dispute d = disputes.find(id);
    assertThat(d.reportedBy()).isEqualTo("grid-worker");
    assertThat(d.status()).isEqualTo("REPORTED");
    assertThat(d.ownerDept()).isEqualTo("JD02");
    assertThat(d.processInstanceId()).isEqualTo(pi.getId());
    assertThat(d.categoryCode()).isEqualTo("WORKER_RESETTLEMENT");
    assertThat(d.warningLevel()).isNotEqualTo("NONE");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey()).isEqualTo(ScreeningProcess.businessKey(id));
  }

  @Test
  void aBadStartFormIsRefusedInChineseAndNothingIsStored() {
    identityService.setAuthentication("grid-worker", List.of("grid-worker"));
    String definitionId = definition(ScreeningProcess.REPORT_KEY).getId();
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionId(definitionId).count();
    assertThatThrownBy(() -> formService.submitStartForm(definitionId, Map.of("regionCode", "999999",
        "domain", "OTHER", "place", "某处", "peopleInvolved", 0L, "description", "争吵")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("涉及人数至少为1");
    assertThatThrownBy(() -> formService.submitStartForm(definitionId, Map.of("regionCode", "999999",
        "domain", "OTHER", "place", "某处", "peopleInvolved", 2L, "description", "争吵")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("未知的地区代码：999999");
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionId(definitionId).count())
        .isEqualTo(before);
  }

  /**
   * The weekly timer stands at the next Monday 09:00 of the configured cycle; firing it gives each street with
   * open disputes a 街道研判 task, and the next timer is due a week later. The street resolves one dispute
   * locally and escalates the other.
   */
  @Test
  void theStreetReviewsWeeklyAndResolvesLocally() {
    Job timer = timer(ScreeningProcess.STREET_KEY);
    OffsetDateTime due = timer.getDuedate().toInstant().atOffset(CST);
    assertThat(cycles.getStreet()).isEqualTo("R/2026-01-05T09:00:00+08:00/P7D");
    assertThat(due.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    assertThat(due.toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 0));
    assertThat(Duration.between(CYCLE_START, due).toDays() % 7).isZero();

    ProcessTests.clock(due.minusDays(1));
    long resolvedHere = report("330100-03", "OTHER", 1, "两户因宅基地界址发生争执。");
    long escalated = report("330100-03", "URBAN_RENEWAL", 3, "老旧小区改造加装电梯，低层住户反对。");
    warnings.current(Warning.DISPUTE, String.valueOf(escalated));

    ProcessTests.clock(due);
    managementService.executeJob(timer.getId());

    Job next = timer(ScreeningProcess.STREET_KEY);
    assertThat(next.getDuedate()).isEqualTo(Date.from(due.plusDays(7).toInstant()));
    Task review = taskService.createTaskQuery().processDefinitionKey(ScreeningProcess.STREET_KEY)
        .taskDefinitionKey(ScreeningProcess.TASK_STREET).taskCandidateGroup("dept-JD03").active().list().stream()
        .filter(t -> ("\n" + taskService.getVariable(t.getId(), ScreeningProcess.SUMMARY))
            .contains("\n" + resolvedHere + "：")).findFirst().orElseThrow();
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId())
        .singleResult();
    track(ScreeningProcess.STREET_KEY, pi);
    assertThat(review.getName()).isEqualTo("街道研判");
    assertThat(taskService.getVariable(review.getId(), "streetName")).isEqualTo("西山镇人民政府");
    assertThat("\n" + taskService.getVariable(review.getId(), ScreeningProcess.SUMMARY))
        .contains("\n" + escalated + "：");

    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(ScreeningProcess.RESOLUTIONS,
        "999999999 已化解"))).hasStackTraceContaining("BadUserRequestException")
        .hasMessageContaining("不在本次待研判清单中");
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(ScreeningProcess.RESOLUTIONS,
        String.valueOf(resolvedHere)))).hasStackTraceContaining("BadUserRequestException")
        .hasMessageContaining("纠纷编号 化解情况");

    ProcessTests.clock(due.plusHours(2));
    taskService.setAssignee(review.getId(), "jd03-handler");
    taskService.complete(review.getId(), Map.of(ScreeningProcess.RESOLUTIONS, resolvedHere + " 已现场调解，双方签订协议",
        ScreeningProcess.ESCALATIONS, String.valueOf(escalated), ScreeningProcess.REVIEW_NOTE, "需住建局协调"));

    Dispute resolved = disputes.find(resolvedHere);
    assertThat(resolved.status()).isEqualTo("RESOLVED");
    assertThat(resolved.resolution()).isEqualTo("已现场调解，双方签订协议");
    assertThat(resolved.resolvedAt()).isEqualTo(due.plusHours(2).toInstant());
    Dispute up = disputes.find(escalated);
    assertThat(up.status()).isEqualTo("ESCALATED");
    assertThat(disputeEvents(escalated)).contains("ESCALATED");
    assertThat(disputeEvents(resolvedHere)).endsWith("RESOLVED");
    // The other streets review without resolving anything: their disputes stay open with a note.
    for (Task other : taskService.createTaskQuery().processInstanceId(pi.getId()).list()) {
      taskService.complete(other.getId());
    }
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("StreetReviewed");
  }

  /**
   * The monthly timer stands on the 5th, 09:00, of the configured cycle; firing it gives the county petition
   * office's leaders 区级调度, which turns an escalated dispute into a petition case and resolves another.
   */
  @Test
  void theDistrictDispatchesMonthlyAndTurnsADisputeIntoACase() {
    Job timer = timer(ScreeningProcess.DISTRICT_KEY);
    OffsetDateTime due = timer.getDuedate().toInstant().atOffset(CST);
    assertThat(due.getDayOfMonth()).isEqualTo(5);
    assertThat(due.toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 0));

    ProcessTests.clock(due.minusDays(3));
    long toCase = report("330100-01", "LAW_LITIGATION", 2, "判决生效两年仍未执行到位，当事人情绪激动。");
    disputes.escalate(toCase, "jd01-handler", "街道无法化解");
    long toResolve = report("330100-02", "LIVELIHOOD", 1, "孩子入学划片有异议。");

    ProcessTests.clock(due);
    managementService.executeJob(timer.getId());
    assertThat(timer(ScreeningProcess.DISTRICT_KEY).getDuedate())
        .isEqualTo(Date.from(due.plusMonths(1).toInstant()));

    Task dispatch = taskService.createTaskQuery().processDefinitionKey(ScreeningProcess.DISTRICT_KEY)
        .taskDefinitionKey(ScreeningProcess.TASK_DISTRICT).active().list().stream()
        .filter(t -> ("\n" + taskService.getVariable(t.getId(), ScreeningProcess.SUMMARY))
            .contains("\n" + toCase + "：")).findFirst().orElseThrow();
    ProcessInstance pi = runtimeService.createProcessInstanceQuery()
        .processInstanceId(dispatch.getProcessInstanceId()).singleResult();
    track(ScreeningProcess.DISTRICT_KEY, pi);
    assertThat(ProcessTests.candidateGroups(taskService, dispatch)).containsExactly("leader-XFJ");
    String summary = "\n" + taskService.getVariable(dispatch.getId(), ScreeningProcess.SUMMARY);
    assertThat(summary.indexOf("\n" + toCase + "：")).as("escalated first").isLessThan(summary.indexOf("\n"
        + toResolve + "："));

    taskService.setAssignee(dispatch.getId(), "xfj-leader");
    taskService.complete(dispatch.getId(), Map.of(ScreeningProcess.PETITIONS, "#" + toCase,
        ScreeningProcess.RESOLUTIONS, toResolve + "：已协调教育局解释划片政策"));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("MonthlyDispatchDue", "DistrictDispatch", "Dispatched");
    Dispute petitioned = disputes.find(toCase);
    assertThat(petitioned.status()).isEqualTo("PETITIONED");
    PetitionCase c = cases.find(petitioned.caseNo());
    assertThat(c.getFirstContactDept()).isEqualTo("JD01");
    BpmnAwareTests.assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceId(c.getProcessInstanceId()).singleResult()).isWaitingAt(CaseProcess.TASK_REVIEW_ACCEPTANCE);
    assertThat(disputes.find(toResolve).status()).isEqualTo("RESOLVED");
    assertThat(disputeEvents(toCase)).contains("REPORTED", "ESCALATED", "PETITIONED");
  }

  /** A timer left on an earlier cycle (the BPMN was not deployed again) is moved back onto the configured one. */
  @Test
  void aTimerOffTheConfiguredCycleIsMovedBackOntoItAtStartup() {
    Job timer = timer(ScreeningProcess.STREET_KEY);
    managementService.setJobDuedate(timer.getId(), Date.from(OffsetDateTime.now(CST).plusDays(2).withHour(14)
        .toInstant()));

    screeningTimers.align();

    OffsetDateTime due = timer(ScreeningProcess.STREET_KEY).getDuedate().toInstant().atOffset(CST);
    assertThat(due.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    assertThat(due.toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 0));
    assertThat(due).isAfter(OffsetDateTime.now(CST)).isBefore(OffsetDateTime.now(CST).plusDays(7).plusMinutes(1));
  }

  @Autowired ScreeningTimers screeningTimers;

  @AfterAll
  void flowNodeCoverageIsAtLeastNinetyPercent() {
    for (String key : List.of(ScreeningProcess.REPORT_KEY, ScreeningProcess.STREET_KEY,
        ScreeningProcess.DISTRICT_KEY)) {
      ProcessTests.assertFlowNodeCoverage(repositoryService, historyService, key,
          instances.getOrDefault(key, Set.of()));
    }
  }

  private long report(String region, String domain, int people, String description) {
    return disputes.register(validator.check(new ReportDisputeRequest(region, DisputeDomain.valueOf(domain), "现场",
        people, description, null, "赵六", null, false, false)), "grid-worker").id();
  }

  private List<String> disputeEvents(long id) {
    return historyEvents(id);
  }

  @Autowired DisputeMapper mapper;

  private List<String> historyEvents(long id) {
    return mapper.events(id).stream().map(DisputeEvent::kind).toList();
  }

  private Job timer(String processKey) {
    return managementService.createJobQuery().processDefinitionId(definition(processKey).getId()).timers()
        .singleResult();
  }

  private ProcessDefinition definition(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult();
  }

  private void track(String key, ProcessInstance pi) {
    instances.computeIfAbsent(key, k -> new HashSet<>()).add(pi.getId());
  }
}
