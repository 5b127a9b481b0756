package cn.petition.casefile;

import static cn.petition.support.ProcessTests.assertOwnershipRefused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.intake.IntakeService;
import cn.petition.intake.RegisteredCase;
import cn.petition.supervision.BacklogAssessment;
import cn.petition.support.Petitions;
import cn.petition.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine-level half of issue 7's takeover: whatever path starts or moves a process (a start with
 * instructions or a chosen business key through the Java API, as an administrator or a future endpoint
 * could; a designer's process calling our beans), no delegate or listener writes on a case its process
 * does not own, and a case number not drawn from the counter is refused.
 */
@IntegrationTest
class ProcessOwnershipTest {

  private static final OffsetDateTime RECEIVED = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(2);

  @Autowired IntakeService intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired PetitionCaseMapper cases;
  @Autowired CaseEventMapper events;

  @Test
  void aSecondCaseProcessStartedBeforeAcceptCaseCannotRerouteTheCase() {
    String caseNo = registerAtThePetitionOffice();
    PetitionCase before = cases.find(caseNo);
    int timeline = events.ofCase(caseNo).size();

    assertOwnershipRefused(() -> runtimeService.createProcessInstanceByKey(CaseProcess.KEY).businessKey(caseNo)
        .startBeforeActivity("AcceptCase")
        .setVariables(Map.of(CaseProcess.DECISION, "ACCEPT", CaseProcess.HANDLING_DEPT, "JYJ"))
        .execute());

    assertUnchanged(caseNo, before, timeline);
  }

  @Test
  void aSecondCaseProcessStartedBeforeCloseCaseCannotCloseTheCase() {
    String caseNo = registerAtThePetitionOffice();
    PetitionCase before = cases.find(caseNo);
    int timeline = events.ofCase(caseNo).size();

    assertOwnershipRefused(() -> runtimeService.createProcessInstanceByKey(CaseProcess.KEY).businessKey(caseNo)
        .startBeforeActivity("CloseCase")
        .setVariables(Map.of(CaseProcess.SATISFACTION_WITH_HANDLER, "SATISFIED",
            CaseProcess.SATISFACTION_WITH_OFFICE, "SATISFIED"))
        .execute());

    assertUnchanged(caseNo, before, timeline);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(CaseProcess.TASK_REVIEW_ACCEPTANCE).count()).isEqualTo(1);
  }

  @Test
  void aDesignersProcessCallingOurDelegatesCannotWriteOnACase() {
    String caseNo = registerAtThePetitionOffice();
    PetitionCase before = cases.find(caseNo);
    int timeline = events.ofCase(caseNo).size();
    repositoryService.createDeployment().addModelInstance("closer.bpmn", Bpmn.createExecutableProcess("closer")
        .startEvent()
        .serviceTask("close").camundaDelegateExpression("${closeCaseDelegate}")
        .serviceTask("supervise").camundaExpression("${supervision.trigger(execution, 'ACCEPT', 'OVERDUE')}")
        .endEvent().done()).deploy();

    assertOwnershipRefused(() -> runtimeService.startProcessInstanceByKey("closer", caseNo,
        Map.of(CaseProcess.SATISFACTION_WITH_HANDLER, "SATISFIED", CaseProcess.SATISFACTION_WITH_OFFICE, "SATISFIED")));

    assertUnchanged(caseNo, before, timeline);
  }

  @Test
  void aSystemProcessTheApplicationDidNotStartWritesNothingOnTheCase() {
    String caseNo = registerAtThePetitionOffice();
    String impostor = runtimeService.startProcessInstanceByKey(BacklogAssessment.PROCESS_KEY, caseNo,
        Map.of("leaderGroup", "leader-JYJ", "leaderDept", "JYJ", "backlogReason", "伪造")).getId();
    Task report = taskService.createTaskQuery().processInstanceId(impostor).singleResult();
    int timeline = events.ofCase(caseNo).size();

    assertOwnershipRefused(() -> taskService.complete(report.getId(),
        Map.of("plan", "伪造的化解方案", "resolved", true)));

    assertThat(events.ofCase(caseNo)).hasSize(timeline);
    runtimeService.deleteProcessInstance(impostor, "test");
  }

  @Test
  void aCaseNumberTheCounterHasNotIssuedCannotBeSquatted() {
    String last = registerAtThePetitionOffice();
    String next = last.substring(0, 10) + String.format("%05d", Integer.parseInt(last.substring(10)) + 1);
    Map<String, Object> startForm = new HashMap<>(Map.of("channel", "LETTER", "receivedAt", RECEIVED.toString(),
        "firstContactDept", "XFJ", "title", "抢号", "content", "抢占下一个编号。", "category", "教育",
        "occurrenceRegion", "330100-02", "personCount", 1L, "petitionerName", "王五"));

    assertOwnershipRefused(() -> runtimeService.startProcessInstanceByKey(CaseProcess.KEY, next, startForm));
    assertThat(cases.find(next)).isNull();

    assertThat(registerAtThePetitionOffice()).as("the next real registration gets the number").isEqualTo(next);
  }

  private String registerAtThePetitionOffice() {
    RegisteredCase registered = intake.register(Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()),
        Petitions.petitionOfficeHandler());
    return registered.caseNo();
  }

  private void assertUnchanged(String caseNo, PetitionCase before, int timeline) {
    PetitionCase after = cases.find(caseNo);
    assertThat(after.getHandlingDept()).isEqualTo(before.getHandlingDept());
    assertThat(after.getStatus()).isEqualTo(before.getStatus());
    assertThat(after.getClosedAt()).isNull();
    assertThat(after.getProcessInstanceId()).isEqualTo(before.getProcessInstanceId());
    assertThat(events.ofCase(caseNo)).hasSize(timeline);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).list())
        .extracting(p -> p.getId()).containsExactly(before.getProcessInstanceId());
  }
}
