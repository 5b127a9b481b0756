package cn.petition.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.petition.casefile.CaseEventKind;
import cn.petition.warning.WarningStatus;
import cn.petition.caseview.CaseDetail;
import cn.petition.caseview.CaseQueryService;
import cn.petition.deadline.CaseDeadlines;
import cn.petition.intake.IntakeService;
import cn.petition.intake.RegisteredCase;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import cn.petition.support.ProcessCoverage;
import cn.petition.support.ProcessTests;
import cn.petition.supervision.Letters;
import cn.petition.support.Timers;
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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case process on the real engine: every outcome of 受理审查, co-handling, extension, pre-review
 * rejection, follow-up and closure, and the due dates the deadline calculator gives each task.
 */
@IntegrationTest
@ProcessCoverage(processes = CaseProcess.KEY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetitionCaseProcessTest {

  private static final ZoneOffset CST = ProcessTests.CST;
  /** Mon 2026-09-28 09:30, the contract's example: general acceptance due end of Oct 8 (Oct 3 is 国庆). */
  private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2026, 9, 28, 9, 30, 0, 0, CST);

  @Autowired ProcessEngine processEngine;
  @Autowired IntakeService intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired PetitionCaseMapper cases;
  @Autowired CaseDeadlines deadlines;
  @Autowired CaseQueryService queries;
  @Autowired cn.petition.warning.WarningService warnings;
  @Autowired ManagementService managementService;
  @Autowired Letters letters;

  @BeforeAll
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @BeforeEach
  void setClock() {
    ProcessTests.clock(RECEIVED.plusMinutes(30));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void generalCaseRunsFromRegistrationToClosureWithStatutoryDueDates() {
    ProcessInstance pi = register(Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()));
    String caseNo = pi.getBusinessKey();

    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_REVIEW_ACCEPTANCE);
    Task review = task(pi);
    assertThat(candidateGroups(review)).containsExactly("dept-XFJ");
    assertThat(review.getDueDate()).isEqualTo(ProcessTests.endOfDay(2026, 10, 8));
    assertThat(cases.find(caseNo).getProcedureType()).isEqualTo("GENERAL");
    assertThat(cases.find(caseNo).getHandlingDept()).isEqualTo("ZJJ");

    ProcessTests.clock(OffsetDateTime.of(2026, 9, 29, 10, 0, 0, 0, CST));
    taskService.complete(review.getId(), withVariables("decision", "ACCEPT"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_HANDLE);
    Task handle = task(pi);
    assertThat(candidateGroups(handle)).containsExactly("dept-ZJJ");
    // 20 calendar days counted from the day after acceptance: Sep 29 + 20 = Mon Oct 19.
    assertThat(handle.getDueDate()).isEqualTo(ProcessTests.endOfDay(2026, 10, 19));
    assertThat(cases.find(caseNo).getStatus()).isEqualTo(CaseStatus.HANDLING);
    assertThat(cases.find(caseNo).getCurrentStage()).isEqualTo("办理");

    taskService.complete(handle.getId(), withVariables("outcome", "SUPPORT", "replyText", "补贴已核定，于十日内发放。"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_PRE_REVIEW);
    Task preReview = task(pi);
    assertThat(candidateGroups(preReview)).containsExactly("dept-XFJ");
    assertThat(preReview.getDueDate()).isEqualTo(ProcessTests.endOfDay(2026, 10, 19));
    assertThat(cases.find(caseNo).getStatus()).isEqualTo(CaseStatus.PRE_REVIEW);

    taskService.complete(preReview.getId(), withVariables("approved", true));
    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_FOLLOW_UP);
    assertThat(cases.find(caseNo).getStatus()).isEqualTo(CaseStatus.REPLIED);
    assertThat(cases.find(caseNo).getReplyText()).contains("补贴已核定");

    taskService.complete(task(pi).getId(), withVariables("satisfactionWithHandler", "SATISFIED",
        "satisfactionWithOffice", "BASICALLY_SATISFIED"));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("RecordReply", "CloseCase");
    PetitionCase closed = cases.find(caseNo);
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getSatisfactionOffice()).isEqualTo("BASICALLY_SATISFIED");
    assertThat(deadlines.ofCase(caseNo)).extracting(d -> d.getLimitCode() + ":" + d.getStatus())
        .contains("ACCEPT:MET", "HANDLE:MET", "FOLLOW_UP:MET");
    assertThat(queries.detail(caseNo, Petitions.petitionOfficeHandler()).timeline())
        .extracting(CaseDetail.EventView::kind)
        .contains(CaseEventKind.REGISTERED, CaseEventKind.CLASSIFIED, CaseEventKind.ACCEPTED, CaseEventKind.REPLIED,
            CaseEventKind.CLOSED);
  }

  @Test
  void transferKeepsTheFirstContactDepartmentAsOwner() {
    ProcessInstance pi = register(Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()));
    taskService.complete(task(pi).getId(), withVariables("decision", "TRANSFER", "transferTo", "RSJ"));

    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_HANDLE);
    assertThat(candidateGroups(task(pi))).containsExactly("dept-RSJ");
    PetitionCase transferred = cases.find(pi.getBusinessKey());
    assertThat(transferred.getHandlingDept()).isEqualTo("RSJ");
    assertThat(transferred.getFirstContactDept()).isEqualTo("XFJ");
    assertThat(transferred.getAcceptDecision()).isEqualTo("TRANSFER");

    taskService.complete(task(pi).getId(), withVariables("outcome", "EXPLAIN", "replyText", "已向信访人解释政策。"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_PRE_REVIEW);
    assertThat(candidateGroups(task(pi))).as("the owner pre-reviews").containsExactly("dept-XFJ");
  }

  @Test
  void declineGivesGuidanceAndClosesTheCase() {
    ProcessInstance pi = register(Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()));
    taskService.complete(task(pi).getId(), withVariables("decision", "DECLINE",
        "declineReason", "属于民事纠纷，应通过诉讼解决", "guidance", "请向县人民法院提起诉讼"));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("DeclineCase", "Declined");
    PetitionCase declined = cases.find(pi.getBusinessKey());
    assertThat(declined.getStatus()).isEqualTo(CaseStatus.DECLINED);
    assertThat(declined.getGuidance()).isEqualTo("请向县人民法院提起诉讼");
    assertThat(declined.getClosedAt()).isNotNull();
  }

  @Test
  void declineEndsTheCasesWarnings() {
    var request = Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber());
    ProcessInstance pi = register(new cn.petition.intake.RegisterCaseRequest(request.channel(), request.receivedAt(),
        request.firstContactDept(), request.title(), request.content(), request.category(),
        request.occurrenceRegion(), request.personCount(), request.petitioners(), true, false));
    String caseNo = pi.getBusinessKey();
    assertThat(cases.find(caseNo).getWarningLevel()).as("a skip-level petition is coloured").isNotEqualTo("NONE");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
        .processDefinitionKey("warningResponse").count()).isEqualTo(1);

    taskService.complete(task(pi).getId(), withVariables("decision", "DECLINE",
        "declineReason", "属于民事纠纷", "guidance", "请向县人民法院提起诉讼"));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
        .processDefinitionKey("warningResponse").count()).as("the colour response ends with the case").isZero();
    assertThat(warnings.ofCase(caseNo)).allSatisfy(w -> assertThat(w.status()).isEqualTo(WarningStatus.HANDLED));
    assertThat(deadlines.ofCase(caseNo)).filteredOn(d -> d.getLimitCode().startsWith("WARNING_"))
        .allSatisfy(d -> assertThat(String.valueOf(d.getStatus())).isEqualTo("CANCELLED"));
  }

  @Test
  void coHandlersAtHouseholdAndResidenceAnswerBeforeHandling() {
    ProcessInstance pi = register(Petitions.request(RECEIVED, "城市更新", 1,
        List.of(Petitions.petitioner(Petitions.newIdNumber(), "330100-02", "330100-03"))));
    taskService.complete(task(pi).getId(), withVariables("decision", "ACCEPT"));

    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_CO_HANDLE);
    List<Task> coTasks = taskService.createTaskQuery().processInstanceId(pi.getId()).list();
    assertThat(coTasks).extracting(t -> candidateGroups(t).get(0))
        .containsExactlyInAnyOrder("dept-JD02", "dept-JD03");
    // Accepted Mon Sep 28: 20 calendar days end on Sun Oct 18, a rest day, so the limit rolls to Mon Oct 19.
    assertThat(coTasks).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(ProcessTests.endOfDay(2026, 10, 19)));

    assertThat(coTasks).extracting(t -> taskService.getVariableLocal(t.getId(), "coHandlingDeptName"))
        .containsExactlyInAnyOrder("东湖街道办事处", "西山镇人民政府");
    Task household = coTasks.stream().filter(t -> candidateGroups(t).contains("dept-JD02")).findFirst().orElseThrow();
    Task residence = coTasks.stream().filter(t -> candidateGroups(t).contains("dept-JD03")).findFirst().orElseThrow();
    taskService.complete(household.getId(), withVariables("coHandlingOpinion", "户籍地已核实家庭情况"));
    BpmnAwareTests.assertThat(pi).as("handling waits for every co-handler").isWaitingAt(CaseProcess.TASK_CO_HANDLE);
    taskService.complete(residence.getId(), withVariables("coHandlingOpinion", "常住地已走访"));

    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_HANDLE);
    assertThat((String) runtimeService.getVariable(pi.getId(), "coHandlingOpinions"))
        .contains("东湖街道办事处：户籍地已核实家庭情况", "西山镇人民政府：常住地已走访");
  }

  @Test
  void approvedExtensionMovesTheHandlingDueDateAndRefusedOneDoesNot() {
    ProcessInstance pi = register(Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()));
    taskService.complete(task(pi).getId(), withVariables("decision", "ACCEPT"));
    Date originalDue = task(pi).getDueDate();

    taskService.complete(task(pi).getId(), withVariables("extensionDays", 10, "extensionReason", "需现场测量"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_APPROVE_EXTENSION);
    assertThat(candidateGroups(task(pi))).containsExactly("leader-ZJJ");
    assertThat(taskService.getVariableLocal(task(pi).getId(), "handleDueAt")).isEqualTo("2026年10月19日 23:59");
    taskService.complete(task(pi).getId(), withVariables("approved", false, "approvalComment", "理由不充分"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_HANDLE);
    assertThat(task(pi).getDueDate()).isEqualTo(originalDue);

    taskService.complete(task(pi).getId(), withVariables("extensionDays", 10, "extensionReason", "需现场测量"));
    taskService.complete(task(pi).getId(), withVariables("approved", true));
    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_HANDLE);
    // Oct 19 + 10 calendar days = Thu Oct 29.
    assertThat(task(pi).getDueDate()).isEqualTo(ProcessTests.endOfDay(2026, 10, 29));
    assertThat(runtimeService.getVariable(pi.getId(), "extensionDays")).isNull();
  }

  @Test
  void rejectedPreReviewSendsTheCaseBackToHandlingWithTheComment() {
    ProcessInstance pi = register(Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()));
    taskService.complete(task(pi).getId(), withVariables("decision", "ACCEPT"));
    taskService.complete(task(pi).getId(), withVariables("outcome", "REJECT", "replyText", "不符合条件。"));
    taskService.complete(task(pi).getId(), withVariables("approved", false, "reviewComment", "答复未引用政策依据"));

    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_HANDLE);
    assertThat(runtimeService.getVariable(pi.getId(), "reviewComment")).isEqualTo("答复未引用政策依据");
    assertThat(runtimeService.getVariable(pi.getId(), "approved")).as("the next pre-review decides anew").isNull();
    assertThat(cases.find(pi.getBusinessKey()).getStatus()).isEqualTo(CaseStatus.HANDLING);
  }

  @Test
  void simpleProcedureGetsTheShorterAcceptanceLimit() {
    OffsetDateTime received = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, CST);
    ProcessTests.clock(received.plusHours(1));
    ProcessInstance pi = register(Petitions.request(received, "教育", 1,
        List.of(Petitions.petitioner(Petitions.newIdNumber(), "330100-01", "330100-01"))));

    assertThat(cases.find(pi.getBusinessKey()).getProcedureType()).isEqualTo("SIMPLE");
    assertThat(cases.find(pi.getBusinessKey()).getHandlingDept()).isEqualTo("JYJ");
    assertThat(task(pi).getDueDate()).isEqualTo(ProcessTests.endOfDay(2026, 11, 4));
  }

  @Test
  void repeatPetitionOnAnOpenCaseJoinsTheOriginal() {
    String idNumber = Petitions.newIdNumber();
    ProcessInstance original = register(Petitions.urbanRenewal(RECEIVED, idNumber));
    RegisteredCase repeat = intake.register(Petitions.urbanRenewal(RECEIVED.plusMinutes(10), idNumber),
        Petitions.petitionOfficeHandler());

    assertThat(repeat.repeatOf()).isEqualTo(original.getBusinessKey());
    assertThat(repeat.status()).isEqualTo(CaseStatus.MERGED);
    assertThat(repeat.processInstanceId()).isEqualTo(original.getId());
    ProcessInstance mergedLine = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(repeat.caseNo()).singleResult();
    assertThat(mergedLine).as("no second handling line").isNull();
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId("MergedIntoOriginal")
        .processInstanceId(cases.find(repeat.caseNo()).getProcessInstanceId()).count()).isEqualTo(1);
  }

  @Test
  void tasklistStartFormRegistersACaseWithItsOwnNumber() {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(CaseProcess.KEY)
        .latestVersion().singleResult().getId();
    Map<String, Object> form = new HashMap<>(Map.of("channel", "LETTER", "receivedAt", "2026-09-28T09:00",
        "firstContactDept", "XFJ", "title", "孩子入学被拒", "content", "学区内适龄儿童入学被拒。", "category", "教育",
        "occurrenceRegion", "330100-02", "personCount", 1L, "petitionerName", "王五"));
    form.put("petitionerIdNumber", Petitions.newIdNumber());
    ProcessInstance pi = formService.submitStartForm(definitionId, form);

    String caseNo = runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey();
    assertThat(caseNo).matches("XF20260928\\d{5}");
    PetitionCase registered = cases.find(caseNo);
    assertThat(registered.getChannel()).isEqualTo("LETTER");
    assertThat(registered.getProcedureType()).isEqualTo("SIMPLE");
    assertThat(registered.getHandlingDept()).isEqualTo("JYJ");
    assertThat(registered.getProcessInstanceId()).isEqualTo(pi.getId());
    assertThat(task(pi).getDueDate()).as("2 calendar days from Sep 28 = Sep 30")
        .isEqualTo(ProcessTests.endOfDay(2026, 9, 30));
    assertThat(runtimeService.getVariable(pi.getId(), "petitionerIdNumber")).as("ID number not kept in the engine").isNull();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("petitionerIdNumber").count()).isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(pi.getId()).list())
        .noneMatch(d -> d.toString().contains("petitionerIdNumber"));

    form.put("category", "外星人");
    assertThatThrownBy(() -> formService.submitStartForm(definitionId, form))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("未知的类别");
  }

  @Test
  void taskWithABadOutcomeIsRefusedAndStaysOpen() {
    ProcessInstance pi = register(Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()));
    String taskId = task(pi).getId();

    assertThatThrownBy(() -> taskService.complete(taskId, withVariables("decision", "MAYBE")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("decision");
    assertThatThrownBy(() -> taskService.complete(taskId, withVariables("decision", "TRANSFER", "transferTo", "NOPE")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("transferTo");
    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_REVIEW_ACCEPTANCE);
  }


  @Test
  void everyTimedTaskClimbsTheSupervisionLadderAndEachRungIssuesOnce() {
    ProcessInstance pi = register(Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()));
    String caseNo = pi.getBusinessKey();
    // 受理审查 due end of Oct 8: 临期 from Oct 7 23:59:59, 到期 at the due instant, 逾期 three days later.
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 8, 0, 0, 0, 0, CST));
    assertThat(Timers.fireDue(managementService, pi.getId())).isEqualTo(1);
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 9, 0, 0, 0, 0, CST));
    Timers.fireDue(managementService, pi.getId());
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 12, 0, 0, 0, 0, CST));
    Timers.fireDue(managementService, pi.getId());
    assertThat(rungs(caseNo)).containsExactly("NOTICE/APPROACHING/ACCEPT→dept-XFJ",
        "SUPERVISION_LETTER/DUE/ACCEPT→leader-XFJ", "ACCOUNTABILITY_LETTER/OVERDUE/ACCEPT→dept-JWJW");

    taskService.complete(task(pi).getId(), withVariables("decision", "ACCEPT"));
    Date handleDue = task(pi).getDueDate();
    ProcessTests.clock(OffsetDateTime.ofInstant(handleDue.toInstant().minusSeconds(3600), CST));
    assertThat(Timers.fireDue(managementService, pi.getId())).as("only 临期 of 办理").isEqualTo(1);
    taskService.complete(task(pi).getId(), withVariables("extensionDays", 5, "extensionReason", "需现场测量"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_APPROVE_EXTENSION);
    ProcessTests.clock(OffsetDateTime.ofInstant(handleDue.toInstant().plusSeconds(3 * 86400 + 60), CST));
    assertThat(Timers.fireDue(managementService, pi.getId())).as("临期, 到期, 逾期 of 延期审批").isEqualTo(3);
    taskService.complete(task(pi).getId(), withVariables("approved", false));
    Timers.fireDue(managementService, pi.getId());
    taskService.complete(task(pi).getId(), withVariables("outcome", "EXPLAIN", "replyText", "已解释政策。"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_PRE_REVIEW);
    assertThat(Timers.fireDue(managementService, pi.getId())).as("the pre-review's rungs are past").isEqualTo(3);

    assertThat(rungs(caseNo)).as("each rung once, although 办理, 延期审批 and 答复预审 all fired it")
        .containsExactly("NOTICE/APPROACHING/ACCEPT→dept-XFJ", "SUPERVISION_LETTER/DUE/ACCEPT→leader-XFJ",
            "ACCOUNTABILITY_LETTER/OVERDUE/ACCEPT→dept-JWJW", "NOTICE/APPROACHING/HANDLE→dept-ZJJ",
            "SUPERVISION_LETTER/DUE/HANDLE→leader-ZJJ", "ACCOUNTABILITY_LETTER/OVERDUE/HANDLE→dept-JWJW");
    taskService.complete(task(pi).getId(), withVariables("approved", true));
    assertThat(Timers.pending(managementService, pi.getId())).as("finishing a step cancels its timers").isEmpty();
  }

  @Test
  void coHandlingCarriesTheHandlingLadder() {
    ProcessInstance pi = register(Petitions.request(RECEIVED, "城市更新", 1,
        List.of(Petitions.petitioner(Petitions.newIdNumber(), "330100-02", "330100-03"))));
    taskService.complete(task(pi).getId(), withVariables("decision", "ACCEPT"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_CO_HANDLE);
    // Handling due end of Oct 19; the co-handlers are still at work on its last day and four days later.
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 19, 12, 0, 0, 0, CST));
    assertThat(Timers.fireDue(managementService, pi.getId())).isEqualTo(1);
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 23, 12, 0, 0, 0, CST));
    assertThat(Timers.fireDue(managementService, pi.getId())).isEqualTo(2);
    assertThat(rungs(pi.getBusinessKey())).as("each late co-handler is supervised, not the handling department")
        .containsExactly("NOTICE/APPROACHING/HANDLE→dept-JD02", "NOTICE/APPROACHING/HANDLE→dept-JD03",
            "SUPERVISION_LETTER/DUE/HANDLE→leader-JD02", "SUPERVISION_LETTER/DUE/HANDLE→leader-JD03",
            "ACCOUNTABILITY_LETTER/OVERDUE/HANDLE→dept-JWJW", "ACCOUNTABILITY_LETTER/OVERDUE/HANDLE→dept-JWJW");
    assertThat(letters.ofCase(pi.getBusinessKey()).subList(4, 6))
        .as("the discipline organ gets one proposal per late department, naming it")
        .extracting(l -> l.getResponsibleDept() + " 逾期" + l.getDaysLate() + "日 "
            + l.getReason().substring(l.getReason().indexOf("责任单位")))
        .containsExactly("JD02 逾期3日 责任单位：东湖街道办事处。", "JD03 逾期3日 责任单位：西山镇人民政府。");
  }

  @Test
  void aLatePreReviewIsTheOwnersDelay() {
    ProcessInstance pi = register(Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()));
    taskService.complete(task(pi).getId(), withVariables("decision", "ACCEPT"));
    taskService.complete(task(pi).getId(), withVariables("outcome", "SUPPORT", "replyText", "予以支持。"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.TASK_PRE_REVIEW);
    // The handling department answered at once; the owner's pre-review is still open past the limit.
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 19, 12, 0, 0, 0, CST));
    assertThat(Timers.fireDue(managementService, pi.getId())).isEqualTo(1);
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 23, 12, 0, 0, 0, CST));
    assertThat(Timers.fireDue(managementService, pi.getId())).isEqualTo(2);
    assertThat(rungs(pi.getBusinessKey())).filteredOn(r -> r.contains("/HANDLE"))
        .containsExactly("NOTICE/APPROACHING/HANDLE→dept-XFJ", "SUPERVISION_LETTER/DUE/HANDLE→leader-XFJ",
            "ACCOUNTABILITY_LETTER/OVERDUE/HANDLE→dept-JWJW");
  }

  @Test
  void aRedCaseGetsARiskReminderAtOnce() {
    var people = java.util.stream.IntStream.range(0, 6)
        .mapToObj(i -> Petitions.petitioner(Petitions.newIdNumber(), "330100-01", "330100-01")).toList();
    var request = Petitions.request(RECEIVED, "征收拆迁", 6, people);
    ProcessInstance pi = register(new cn.petition.intake.RegisterCaseRequest(request.channel(), request.receivedAt(),
        request.firstContactDept(), "拆迁补偿不到位", "六户居民称若不解决将堵路。", request.category(),
        request.occurrenceRegion(), 6, people, false, false));

    assertThat(cases.find(pi.getBusinessKey()).getWarningLevel()).isEqualTo("RED");
    assertThat(rungs(pi.getBusinessKey())).as("high risk, whatever the time")
        .containsExactly("RISK_REMINDER_LETTER/HIGH_RISK/ACCEPT→leader-XFJ");
  }

  private List<String> rungs(String caseNo) {
    return letters.ofCase(caseNo).stream().map(l -> l.getKind() + "/" + l.getStage() + "/" + l.getStep() + "→"
        + l.getRecipientGroup()).toList();
  }

  private ProcessInstance register(cn.petition.intake.RegisterCaseRequest request) {
    RegisteredCase registered = intake.register(request, Petitions.petitionOfficeHandler());
    return runtimeService.createProcessInstanceQuery().processInstanceId(registered.processInstanceId())
        .singleResult();
  }

  private Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return ProcessTests.candidateGroups(taskService, task);
  }
}
