package cn.petition.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.petition.casefile.CaseEventKind;
import cn.petition.warning.WarningStatus;
import cn.petition.caseview.CaseDetail;
import cn.petition.caseview.CaseQueryService;
import cn.petition.deadline.CaseDeadlines;
import cn.petition.intake.IntakeService;
import cn.petition.intake.RegisterCaseRequest;
import cn.petition.support.IntegrationTest;
import cn.petition.support.ProcessCoverage;
import cn.petition.support.Petitions;
import cn.petition.support.ProcessTests;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** Each colour's response limit (deadline calculator) and its escalation to the leader, on the engine clock. */
@IntegrationTest
@ProcessCoverage(processes = WarningProcess.KEY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarningResponseProcessTest {

  private static final ZoneOffset CST = ProcessTests.CST;

  @Autowired ProcessEngine processEngine;
  @Autowired IntakeService intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired WarningService warnings;
  @Autowired CaseDeadlines deadlines;
  @Autowired CaseQueryService queries;


  @BeforeAll
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Yellow: 7 calendar days from Mon Sep 28 end on Oct 5, a holiday: rolls to Oct 8. Missed: the leader urges. */
  @Test
  void yellowIsResolvedWithinSevenDaysAndEscalatesToTheLeaderWhenMissed() {
    OffsetDateTime received = OffsetDateTime.of(2026, 9, 28, 9, 30, 0, 0, CST);
    ProcessTests.clock(received.plusMinutes(30));
    String caseNo = register(Petitions.request(received, "征收拆迁", 2,
        List.of(Petitions.petitioner(Petitions.newIdNumber(), "330100-01", "330100-01"))));
    ProcessInstance pi = response(caseNo);
    Task respond = task(pi, WarningProcess.TASK_RESPOND);
    assertThat(respond.getDueDate()).isEqualTo(ProcessTests.endOfDay(2026, 10, 8));
    assertThat(candidateGroups(respond)).containsExactly("dept-ZJJ");
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(respond.getDueDate());

    ProcessTests.clock(OffsetDateTime.of(2026, 10, 9, 8, 0, 0, 0, CST));
    managementService.executeJob(timer.getId());

    Task leader = task(pi, WarningProcess.TASK_LEADER);
    assertThat(candidateGroups(leader)).containsExactly("leader-ZJJ");
    BpmnAwareTests.assertThat(pi).isWaitingAt(WarningProcess.TASK_RESPOND, WarningProcess.TASK_LEADER);
    assertThat(warnings.current(Warning.CASE, caseNo).status()).isEqualTo(WarningStatus.ESCALATED);
    assertThat(queries.detail(caseNo, Petitions.petitionOfficeHandler()).timeline())
        .extracting(CaseDetail.EventView::kind).contains(CaseEventKind.WARNING, CaseEventKind.WARNING_OVERDUE);

    taskService.complete(leader.getId(), withVariables("urgeNote", "立即上门化解"));
    taskService.complete(task(pi, WarningProcess.TASK_RESPOND).getId(),
        withVariables(WarningProcess.RESPONSE_NOTE, "已上门解释补偿标准"));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("RecordOverdue", "ResponseUrged", "WarningHandled");
    assertThat(warnings.current(Warning.CASE, caseNo).status()).isEqualTo(WarningStatus.HANDLED);
    assertThat(deadlines.ofCase(caseNo)).extracting(d -> d.getLimitCode() + ":" + d.getStatus())
        .contains("WARNING_YELLOW:LATE");
  }

  /** Orange: a collective visit, 3 calendar days from Mon Nov 2 = Thu Nov 5; handled in time, nobody is urged. */
  @Test
  void orangeIsHandledWithinThreeDaysWithoutEscalation() {
    OffsetDateTime received = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, CST);
    ProcessTests.clock(received.plusHours(1));
    String caseNo = register(Petitions.request(received, "就业社保", 5,
        List.of(Petitions.petitioner(Petitions.newIdNumber(), "330100-01", "330100-01"))));
    ProcessInstance pi = response(caseNo);
    Task respond = task(pi, WarningProcess.TASK_RESPOND);
    assertThat(respond.getDueDate()).isEqualTo(ProcessTests.endOfDay(2026, 11, 5));
    assertThat(runtimeService.getVariable(pi.getId(), "warningLevel")).isEqualTo("ORANGE");

    ProcessTests.clock(OffsetDateTime.of(2026, 11, 4, 16, 0, 0, 0, CST));
    taskService.complete(respond.getId(), withVariables(WarningProcess.RESPONSE_NOTE, "已约谈企业，承诺补缴社保"));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("WarningHandled").hasNotPassed("RecordOverdue");
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    Warning handled = warnings.current(Warning.CASE, caseNo);
    assertThat(handled.status()).isEqualTo(WarningStatus.HANDLED);
    assertThat(handled.responseNote()).contains("补缴社保");
    assertThat(deadlines.ofCase(caseNo)).extracting(d -> d.getLimitCode() + ":" + d.getStatus())
        .contains("WARNING_ORANGE:MET");
  }

  /** Red: extreme behaviour, 24 exact hours (HOURS), whatever the calendar; missed, the leader is told. */
  @Test
  void redIsHandledWithinTwentyFourHoursAndEscalatesWhenMissed() {
    OffsetDateTime received = OffsetDateTime.of(2026, 10, 1, 9, 0, 0, 0, CST);
    ProcessTests.clock(received.plusMinutes(15));
    RegisterCaseRequest r = Petitions.request(received, "城市更新", 1,
        List.of(Petitions.petitioner(Petitions.newIdNumber(), "330100-01", "330100-01")));
    String caseNo = register(new RegisterCaseRequest(r.channel(), r.receivedAt(), r.firstContactDept(), r.title(),
        r.content(), r.category(), r.occurrenceRegion(), 1, r.petitioners(), false, true));
    ProcessInstance pi = response(caseNo);
    Task respond = task(pi, WarningProcess.TASK_RESPOND);
    assertThat(respond.getDueDate()).isEqualTo(Date.from(received.plusMinutes(15).plusHours(24).toInstant()));

    ProcessTests.clock(received.plusHours(25));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId()).timers()
        .singleResult().getId());
    assertThat(candidateGroups(task(pi, WarningProcess.TASK_LEADER))).containsExactly("leader-ZJJ");
    assertThat(warnings.current(Warning.CASE, caseNo).level()).isEqualTo("RED");
    assertThat(warnings.current(Warning.CASE, caseNo).status()).isEqualTo(WarningStatus.ESCALATED);
  }

  private String register(RegisterCaseRequest request) {
    return intake.register(request, Petitions.petitionOfficeHandler()).caseNo();
  }

  private ProcessInstance response(String caseNo) {
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(WarningProcess.KEY)
        .processInstanceBusinessKey(caseNo).singleResult();
    return pi;
  }

  private Task task(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return ProcessTests.candidateGroups(taskService, task);
  }
}
