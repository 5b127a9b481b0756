package cn.petition.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.petition.casefile.CaseEventKind;
import cn.petition.caseview.CaseDetail;
import cn.petition.caseview.CaseQueryService;
import cn.petition.intake.IntakeService;
import cn.petition.intake.RegisterCaseRequest;
import cn.petition.support.IntegrationTest;
import cn.petition.support.ProcessCoverage;
import cn.petition.support.Petitions;
import cn.petition.support.ProcessTests;
import java.time.OffsetDateTime;
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

/** 处突: started in parallel with handling, the 10- and 30-minute report marks met and missed, the online track. */
@IntegrationTest
@ProcessCoverage(processes = EmergencyProcess.KEY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmergencyProcessTest {

  private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ProcessTests.CST);

  @Autowired ProcessEngine processEngine;
  @Autowired IntakeService intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CaseQueryService queries;


  @BeforeAll
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Six people, demolition, 堵路 and a live stream: red, collective, online risk. Reports in time, both tracks run. */
  @Test
  void collectiveVisitWithOnlineRiskRunsOfflineAndOnlineTracksWithReportsInTime() {
    ProcessTests.clock(AT);
    String caseNo = register(request("征收拆迁", 6, "六户被征收户称再不解决就去堵路，已有人在抖音直播。", false));
    ProcessInstance pi = emergency(caseNo);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
        .processDefinitionKey("petitionCase").count()).as("normal handling runs in parallel").isEqualTo(1);
    assertThat(runtimeService.getVariable(pi.getId(), EmergencyProcess.SCENE)).isEqualTo("红色预警、集体访（6人）");

    Task phone = task(pi, EmergencyProcess.TASK_PHONE_REPORT);
    assertThat(phone.getDueDate()).isEqualTo(Date.from(AT.plusMinutes(10).toInstant()));
    assertThat(ProcessTests.candidateGroups(taskService, phone)).containsExactly("dept-CTK");
    ProcessTests.clock(AT.plusMinutes(6));
    taskService.complete(phone.getId(), withVariables("phoneReportNote", "已电话报告处突科"));

    Task written = task(pi, EmergencyProcess.TASK_WRITTEN_REPORT);
    assertThat(written.getDueDate()).as("30 minutes from the start").isEqualTo(Date.from(AT.plusMinutes(30).toInstant()));
    ProcessTests.clock(AT.plusMinutes(25));
    taskService.complete(written.getId(), withVariables("reportedPersonCount", 6, "demands", "补偿款到位",
        "developments", "情绪平稳", "onlineRisk", true));

    assertThat(ProcessTests.candidateGroups(taskService, task(pi, EmergencyProcess.TASK_ON_SITE)))
        .containsExactlyInAnyOrder("dept-GAJ", "dept-CTK");
    assertThat(ProcessTests.candidateGroups(taskService, task(pi, EmergencyProcess.TASK_ONLINE)))
        .containsExactly("dept-WXB");
    taskService.complete(task(pi, EmergencyProcess.TASK_ON_SITE).getId(), withVariables("cordonZoneSet", true,
        "bufferZoneSet", true, "dialogueZoneSet", true, "onSiteNote", "三区已设"));
    assertThat(ProcessTests.candidateGroups(taskService, task(pi, EmergencyProcess.TASK_DE_ESCALATE)))
        .containsExactly("soft-team");
    taskService.complete(task(pi, EmergencyProcess.TASK_DE_ESCALATE).getId(), withVariables("deEscalationNote", "已疏导"));
    assertThat(ProcessTests.candidateGroups(taskService, task(pi, EmergencyProcess.TASK_ANSWER)))
        .containsExactly("dept-ZJJ");
    taskService.complete(task(pi, EmergencyProcess.TASK_ANSWER).getId(), withVariables("demandsAnswer", "一周内发放"));
    taskService.complete(task(pi, EmergencyProcess.TASK_FOLLOW_UP).getId(), withVariables("followUpNote", "已发放"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(EmergencyProcess.TASK_ONLINE);
    taskService.complete(task(pi, EmergencyProcess.TASK_ONLINE).getId(), withVariables("guidanceNote", "已发布权威信息"));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("OnlineGuidance", "EmergencyClosed")
        .hasNotPassed("RecordPhoneLate", "RecordWrittenLate");
    assertThat(timeline(caseNo)).contains(CaseEventKind.EMERGENCY_STARTED)
        .doesNotContain(CaseEventKind.EMERGENCY_REPORT_LATE);
  }

  /** Extreme behaviour, one person: both report marks missed, the section leader is told each time. */
  @Test
  void missedReportMarksNotifyTheSectionLeaderAtOnce() {
    ProcessTests.clock(AT);
    String caseNo = register(request("城市更新", 1, "补贴至今未发放。", true));
    ProcessInstance pi = emergency(caseNo);

    ProcessTests.clock(AT.plusMinutes(11));
    Job phoneDue = timer(pi);
    assertThat(phoneDue.getDuedate()).isEqualTo(Date.from(AT.plusMinutes(10).toInstant()));
    managementService.executeJob(phoneDue.getId());
    Task leader = task(pi, EmergencyProcess.TASK_PHONE_LATE);
    assertThat(ProcessTests.candidateGroups(taskService, leader)).containsExactly("leader-CTK");
    assertThat(task(pi, EmergencyProcess.TASK_PHONE_REPORT)).as("the report is still owed").isNotNull();
    taskService.complete(task(pi, EmergencyProcess.TASK_PHONE_REPORT).getId(), withVariables("phoneReportNote", "迟报"));

    ProcessTests.clock(AT.plusMinutes(31));
    Job writtenDue = timer(pi);
    assertThat(writtenDue.getDuedate()).isEqualTo(Date.from(AT.plusMinutes(30).toInstant()));
    managementService.executeJob(writtenDue.getId());
    assertThat(ProcessTests.candidateGroups(taskService, task(pi, EmergencyProcess.TASK_WRITTEN_LATE)))
        .containsExactly("leader-CTK");
    assertThat(timeline(caseNo)).filteredOn(CaseEventKind.EMERGENCY_REPORT_LATE::equals).hasSize(2);

    taskService.complete(leader.getId(), withVariables("urgeNote", "立即补报"));
    taskService.complete(task(pi, EmergencyProcess.TASK_WRITTEN_LATE).getId(), withVariables("urgeNote", "立即补报"));
    taskService.complete(task(pi, EmergencyProcess.TASK_WRITTEN_REPORT).getId(), withVariables(
        "reportedPersonCount", 1, "demands", "发放补贴", "developments", "已劝离", "onlineRisk", false));
    for (String key : List.of(EmergencyProcess.TASK_ON_SITE, EmergencyProcess.TASK_DE_ESCALATE,
        EmergencyProcess.TASK_ANSWER, EmergencyProcess.TASK_FOLLOW_UP)) {
      taskService.complete(task(pi, key).getId());
    }
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("PhoneLateHandled", "WrittenLateHandled", "OnlineMergeGw")
        .hasNotPassed("OnlineGuidance");
  }

  @Test
  void anOrdinaryCaseStartsNoEmergency() {
    ProcessTests.clock(AT);
    String caseNo = register(request("征收拆迁", 2, "补偿标准有异议。", false));
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(EmergencyProcess.KEY)
        .processInstanceBusinessKey(caseNo).count()).isZero();
  }

  private static RegisterCaseRequest request(String category, int persons, String content, boolean extreme) {
    RegisterCaseRequest r = Petitions.request(AT.minusMinutes(5), category, persons,
        List.of(Petitions.petitioner(Petitions.newIdNumber(), "330100-01", "330100-01")));
    return new RegisterCaseRequest(r.channel(), r.receivedAt(), r.firstContactDept(), r.title(), content,
        r.category(), r.occurrenceRegion(), persons, r.petitioners(), false, extreme);
  }

  private String register(RegisterCaseRequest request) {
    return intake.register(request, Petitions.petitionOfficeHandler()).caseNo();
  }

  private ProcessInstance emergency(String caseNo) {
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(EmergencyProcess.KEY)
        .processInstanceBusinessKey(caseNo).singleResult();
    assertThat(pi).as("emergency process of %s", caseNo).isNotNull();
    return pi;
  }

  private Job timer(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
  }

  private Task task(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private List<CaseEventKind> timeline(String caseNo) {
    return queries.detail(caseNo, Petitions.petitionOfficeHandler()).timeline().stream()
        .map(CaseDetail.EventView::kind).toList();
  }
}
