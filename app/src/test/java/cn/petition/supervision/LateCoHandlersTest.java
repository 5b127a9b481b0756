package cn.petition.supervision;

import static cn.petition.support.ProcessTests.CST;
import static cn.petition.support.ProcessTests.clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.petition.casefile.CaseProcess;
import cn.petition.intake.IntakeService;
import cn.petition.intake.RegisteredCase;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import cn.petition.support.Timers;
import cn.petition.support.ProcessTests;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 三跨三分离 with two co-handlers (东湖街道 JD02 for the household, 西山镇 JD03 for the residence) late
 * on the handling limit: each late department gets its own notice, 督办函 and 问责建议函 exactly
 * once, also when the ladder's timers are delivered concurrently and twice, as by two engine nodes
 * (the 临期 rung on the limit's last day, 到期 and 逾期 together four days after it).
 */
@IntegrationTest
class LateCoHandlersTest {

  /** Mon 2026-09-28 09:30; accepted at once, the handling limit ends on Mon Oct 19 (Oct 18 is a Sunday). */
  private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2026, 9, 28, 9, 30, 0, 0, CST);
  /** The last day of the handling limit: 临期 is due (a 临期提示 is only issued while the limit runs). */
  private static final OffsetDateTime LAST_DAY = OffsetDateTime.of(2026, 10, 19, 12, 0, 0, 0, CST);
  /** Four days past the handling limit: 到期 and 逾期 (3 days after) are due. */
  private static final OffsetDateTime LATE = OffsetDateTime.of(2026, 10, 23, 12, 0, 0, 0, CST);

  @Autowired IntakeService intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired Letters letters;
  @Autowired Supervision supervision;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void twoLateCoHandlersEachGetExactlyOneLetterPerRungWhenTheTimersFireConcurrently() throws Exception {
    String processInstanceId = acceptedCaseWithTwoCoHandlers();
    String caseNo = caseNo(processInstanceId);
    clock(LAST_DAY);
    List<Job> approaching = Timers.dueJobs(managementService, processInstanceId);
    assertThat(approaching).as("临期 of 协办").hasSize(1);
    deliverConcurrently(approaching);
    clock(LATE);
    List<Job> late = Timers.dueJobs(managementService, processInstanceId);
    assertThat(late).as("到期 and 逾期 of 协办").hasSize(2);
    deliverConcurrently(late);

    assertThat(Timers.dueJobs(managementService, processInstanceId)).as("every timer ran").isEmpty();
    List<Letter> issued = letters.ofCase(caseNo);
    assertThat(issued).extracting(l -> l.getKind() + "/" + l.getStage() + "/" + l.getResponsibleDept() + "→"
            + l.getRecipientGroup())
        .containsExactlyInAnyOrder(
            "NOTICE/APPROACHING/JD02→dept-JD02", "NOTICE/APPROACHING/JD03→dept-JD03",
            "SUPERVISION_LETTER/DUE/JD02→leader-JD02", "SUPERVISION_LETTER/DUE/JD03→leader-JD03",
            "ACCOUNTABILITY_LETTER/OVERDUE/JD02→dept-JWJW", "ACCOUNTABILITY_LETTER/OVERDUE/JD03→dept-JWJW");
    assertThat(issued).extracting(Letter::getLetterNo).doesNotHaveDuplicates();
    assertThat(issued).filteredOn(l -> l.getKind().needsAnswer()).allSatisfy(letter ->
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(LetterResponseProcess.KEY)
            .processInstanceBusinessKey(letter.getLetterNo()).count()).as("one 函件回复 for %s", letter).isOne());
  }

  @Test
  void aCoHandlerWhoAnsweredInTimeIsNotSupervisedAndALateOneOnlyOnce() {
    String processInstanceId = acceptedCaseWithTwoCoHandlers();
    String caseNo = caseNo(processInstanceId);
    Task household = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskCandidateGroup("dept-JD02").singleResult();
    clock(OffsetDateTime.of(2026, 10, 10, 9, 0, 0, 0, CST));
    taskService.complete(household.getId(), withVariables("coHandlingOpinion", "户籍地已核实家庭情况"));

    clock(LAST_DAY);
    assertThat(Timers.fireDue(managementService, processInstanceId)).isEqualTo(1);
    clock(LATE);
    assertThat(Timers.fireDue(managementService, processInstanceId)).isEqualTo(2);
    assertThat(letters.ofCase(caseNo)).extracting(l -> l.getKind() + "→" + l.getRecipientGroup())
        .containsExactly("NOTICE→dept-JD03", "SUPERVISION_LETTER→leader-JD03", "ACCOUNTABILITY_LETTER→dept-JWJW");
    Letter letter = letters.ofCase(caseNo).get(1);
    assertThat(supervision.supervise(caseNo, CaseProcess.LIMIT_HANDLE, SupervisionStage.DUE, "JD03").getLetterNo())
        .as("the same rung for the same department again").isEqualTo(letter.getLetterNo());
    assertThat(letters.ofCase(caseNo)).hasSize(3);
  }

  private String acceptedCaseWithTwoCoHandlers() {
    clock(RECEIVED.plusMinutes(30));
    RegisteredCase registered = intake.register(Petitions.request(RECEIVED, "城市更新", 1,
        List.of(Petitions.petitioner(Petitions.newIdNumber(), "330100-02", "330100-03"))),
        Petitions.petitionOfficeHandler());
    String processInstanceId = registered.processInstanceId();
    taskService.complete(taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId(),
        withVariables("decision", "ACCEPT"));
    List<Task> coHandling = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(CaseProcess.TASK_CO_HANDLE).list();
    assertThat(coHandling).extracting(t -> ProcessTests.candidateGroups(taskService, t).get(0))
        .containsExactlyInAnyOrder("dept-JD02", "dept-JD03");
    return processInstanceId;
  }

  private String caseNo(String processInstanceId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getBusinessKey();
  }

  /**
   * Every timer delivered twice, all deliveries released at once; a delivery that fails (an optimistic
   * lock, a lost insert race) is retried while its job exists, as the job executor does.
   */
  private void deliverConcurrently(List<Job> due) throws Exception {
    Date now = ClockUtil.getCurrentTime();
    CyclicBarrier start = new CyclicBarrier(2 * due.size());
    ExecutorService pool = Executors.newFixedThreadPool(2 * due.size());
    List<Future<?>> deliveries = new ArrayList<>();
    for (Job job : due) {
      for (int node = 0; node < 2; node++) {
        deliveries.add(pool.submit(() -> {
          ClockUtil.setCurrentTime(now);
          start.await(30, TimeUnit.SECONDS);
          deliver(job.getId());
          return null;
        }));
      }
    }
    for (Future<?> delivery : deliveries) {
      delivery.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
  }

  /** Executes a job, retrying a failed attempt while the job still exists (another delivery may have run it). */
  private void deliver(String jobId) {
    for (int attempt = 1; ; attempt++) {
      try {
        managementService.executeJob(jobId);
        return;
      } catch (RuntimeException failed) {
        if (managementService.createJobQuery().jobId(jobId).count() == 0) {
          return;
        }
        if (attempt == 5) {
          throw failed;
        }
      }
    }
  }
}
