package cn.petition.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import cn.petition.casefile.ProcessOwnership;
import cn.petition.support.IntegrationTest;
import cn.petition.support.ProcessTests;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code deadlines} bean against H2, directly and from a BPMN process. */
@IntegrationTest
class CaseDeadlinesTest {

  private static final AtomicInteger CASES = new AtomicInteger();

  @Autowired CaseDeadlines deadlines;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ProcessOwnership ownership;

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void startComputesTheDueInstantWithItsBasis() {
    String caseNo = newCase();
    CaseDeadline accept = deadlines.start(caseNo, "ACCEPT", "GENERAL", at("2026-09-28T09:30:00+08:00"));

    assertThat(accept.getId()).isNotNull();
    assertThat(accept.getDueAt()).isEqualTo(at("2026-10-08T23:59:59+08:00"));
    assertThat(accept.getAmount()).isEqualTo(5);
    assertThat(accept.getUnit()).isEqualTo(TimeUnitKind.CALENDAR_DAYS);
    assertThat(accept.getBasis()).contains("《信访工作条例》").contains("520");
    assertThat(accept.getExplanation()).contains("顺延至2026-10-08");
    assertThat(accept.getStatus()).isEqualTo(DeadlineStatus.RUNNING);
    assertThat(deadlines.dueOf(caseNo, "ACCEPT")).isEqualTo(Date.from(at("2026-10-08T23:59:59+08:00")));
  }

  @Test
  void aSecondStartReturnsTheFirstRowUnchanged() {
    String caseNo = newCase();
    CaseDeadline first = deadlines.start(caseNo, "ACCEPT", "SIMPLE", at("2026-11-02T09:00:00+08:00"));
    CaseDeadline second = deadlines.start(caseNo, "ACCEPT", "GENERAL", at("2026-11-20T09:00:00+08:00"));

    assertThat(second.getId()).isEqualTo(first.getId());
    assertThat(second.getDueAt()).isEqualTo(first.getDueAt()).isEqualTo(at("2026-11-04T23:59:59+08:00"));
    assertThat(second.getAmount()).isEqualTo(2);
    assertThat(deadlines.ofCase(caseNo)).hasSize(1);
  }

  @Test
  void concurrentStartsAllEndInTheSameRow() throws Exception {
    String caseNo = newCase();
    int threads = 8;
    CyclicBarrier together = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<CaseDeadline>> starts = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Instant startAt = at("2026-11-02T09:00:00+08:00").plusSeconds(i);
        starts.add(pool.submit(() -> {
          together.await();
          return deadlines.start(caseNo, "ACCEPT", "GENERAL", startAt);
        }));
      }
      Set<Long> ids = new HashSet<>();
      for (Future<CaseDeadline> start : starts) {
        ids.add(start.get(30, TimeUnit.SECONDS).getId());
      }
      assertThat(ids).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(deadlines.ofCase(caseNo)).hasSize(1);
  }

  @Test
  void aProcedureIndependentLimitNeedsNoProcedure() {
    String caseNo = newCase();
    CaseDeadline preReview = deadlines.start(caseNo, "PRE_REVIEW", null, at("2026-11-02T09:00:00+08:00"));
    CaseDeadline review = deadlines.start(caseNo, "REVIEW_REQUEST", "GENERAL", at("2026-11-02T09:00:00+08:00"));

    assertThat(preReview.getDueAt()).isEqualTo(at("2026-11-05T23:59:59+08:00"));
    assertThat(review.getDueAt()).isEqualTo(at("2026-12-02T23:59:59+08:00"));
    assertThat(deadlines.ofCase(caseNo)).extracting(CaseDeadline::getLimitCode)
        .containsExactly("PRE_REVIEW", "REVIEW_REQUEST");
  }

  @Test
  void dueOfAnUnstartedLimitFailsClearly() {
    String caseNo = newCase();
    assertThatThrownBy(() -> deadlines.dueOf(caseNo, "HANDLE"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(caseNo).hasMessageContaining("HANDLE");
  }

  @Test
  void extensionsCountFromTheCurrentEndUpToThirtyDaysInTotal() {
    String caseNo = newCase();
    // 20 calendar days from Mon Sep 28: Sun Oct 18, rolled to Mon Oct 19.
    CaseDeadline handle = deadlines.start(caseNo, "HANDLE", "GENERAL", at("2026-09-28T09:30:00+08:00"));
    assertThat(handle.getDueAt()).isEqualTo(at("2026-10-19T23:59:59+08:00"));

    CaseDeadline once = deadlines.extend(caseNo, "HANDLE", 10, "需现场核查");
    assertThat(once.getDueAt()).isEqualTo(at("2026-10-29T23:59:59+08:00"));
    assertThat(once.getExtendedDays()).isEqualTo(10);
    assertThat(once.getExtensionReason()).isEqualTo("需现场核查");

    CaseDeadline twice = deadlines.extend(caseNo, "HANDLE", 20, "涉及多部门会商");
    assertThat(twice.getDueAt()).isEqualTo(at("2026-11-18T23:59:59+08:00"));
    assertThat(twice.getExtendedDays()).isEqualTo(30);
    assertThat(twice.getExtensionReason()).isEqualTo("需现场核查；涉及多部门会商");

    assertThatThrownBy(() -> deadlines.extend(caseNo, "HANDLE", 1, "再延一日"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("不得超过30日").hasMessageContaining("已延期30日");
    assertThat(deadlines.dueOf(caseNo, "HANDLE")).isEqualTo(Date.from(at("2026-11-18T23:59:59+08:00")));
  }

  @Test
  void aSingleExtensionOverThirtyDaysIsRefused() {
    String caseNo = newCase();
    deadlines.start(caseNo, "HANDLE", "SIMPLE", at("2026-09-28T09:30:00+08:00"));
    assertThatThrownBy(() -> deadlines.extend(caseNo, "HANDLE", 31, "情况复杂"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("延期累计不得超过30日");
    assertThat(deadlines.ofCase(caseNo).get(0).getExtendedDays()).isZero();
  }

  @Test
  void finishingByTheDueInstantIsMetAfterItLate() {
    String caseNo = newCase();
    deadlines.start(caseNo, "ACCEPT", "GENERAL", at("2026-09-28T09:30:00+08:00"));
    deadlines.start(caseNo, "HANDLE", "SIMPLE", at("2026-09-28T09:30:00+08:00"));

    ClockUtil.setCurrentTime(Date.from(at("2026-10-08T23:59:59+08:00")));
    CaseDeadline accept = deadlines.finish(caseNo, "ACCEPT");
    assertThat(accept.getStatus()).isEqualTo(DeadlineStatus.MET);
    assertThat(accept.getFinishedAt()).isEqualTo(at("2026-10-08T23:59:59+08:00"));

    // HANDLE SIMPLE: 10 calendar days from Sep 28 is Oct 8; finishing a second later is late.
    ClockUtil.setCurrentTime(Date.from(at("2026-10-09T00:00:00+08:00")));
    assertThat(deadlines.finish(caseNo, "HANDLE").getStatus()).isEqualTo(DeadlineStatus.LATE);

    // Finishing again changes nothing; finishing an absent limit is a no-op.
    assertThat(deadlines.finish(caseNo, "ACCEPT").getFinishedAt()).isEqualTo(at("2026-10-08T23:59:59+08:00"));
    assertThat(deadlines.finish(caseNo, "PRE_REVIEW")).isNull();
    assertThatThrownBy(() -> deadlines.extend(caseNo, "HANDLE", 5, "已办结"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aCancelledLimitStaysCancelled() {
    String caseNo = newCase();
    deadlines.start(caseNo, "HANDLE", "GENERAL", at("2026-09-28T09:30:00+08:00"));
    assertThat(deadlines.cancel(caseNo, "HANDLE").getStatus()).isEqualTo(DeadlineStatus.CANCELLED);
    assertThat(deadlines.finish(caseNo, "HANDLE").getStatus()).isEqualTo(DeadlineStatus.CANCELLED);
  }

  @Test
  void aProcessStartsReadsAndFinishesItsDeadlineThroughExpressions() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("deadlineIt")
        .startEvent()
        .userTask("register")
        .userTask("acceptReview").camundaDueDate("${deadlines.dueOf(execution, 'ACCEPT')}")
        .camundaExecutionListenerExpression("start", "${deadlines.start(execution, 'ACCEPT')}")
        .endEvent()
        .camundaExecutionListenerExpression("end", "${deadlines.finish(execution, 'ACCEPT')}")
        .done();
    repositoryService.createDeployment().addModelInstance("deadline-it.bpmn", model).deploy();
    String caseNo = newCase();

    // A process the application did not start for the case may not start its deadlines.
    String stranger = runtimeService.startProcessInstanceByKey("deadlineIt", caseNo, Map.of("procedure", "SIMPLE"))
        .getId();
    Task strangersTask = taskService.createTaskQuery().processInstanceId(stranger).singleResult();
    ProcessTests.assertOwnershipRefused(() -> taskService.complete(strangersTask.getId()));
    assertThat(deadlines.ofCase(caseNo)).isEmpty();
    runtimeService.deleteProcessInstance(stranger, "test");

    // Received on the 元旦 holiday, simple procedure: 2 calendar days end on the make-up Sunday.
    ClockUtil.setCurrentTime(Date.from(at("2026-01-02T10:00:00+08:00")));
    String owner = ownership.start("deadlineIt", caseNo, Map.of("procedure", "SIMPLE")).getId();
    taskService.complete(taskService.createTaskQuery().processInstanceId(owner).singleResult().getId());
    Task task = taskService.createTaskQuery().processInstanceId(owner).singleResult();
    assertThat(task.getDueDate()).isEqualTo(Date.from(at("2026-01-04T23:59:59+08:00")));
    assertThat(deadlines.ofCase(caseNo)).singleElement()
        .satisfies(d -> assertThat(d.getStartedAt()).isEqualTo(at("2026-01-02T10:00:00+08:00")))
        .satisfies(d -> assertThat(d.getAmount()).isEqualTo(2));

    ClockUtil.setCurrentTime(Date.from(at("2026-01-05T08:30:00+08:00")));
    taskService.complete(task.getId());
    CaseDeadline finished = deadlines.ofCase(caseNo).get(0);
    assertThat(finished.getStatus()).isEqualTo(DeadlineStatus.LATE);
    assertThat(finished.getFinishedAt()).isEqualTo(at("2026-01-05T08:30:00+08:00"));
  }

  /** Inserts a minimal petition_case row, the parent of case_deadline. */
  private String newCase() {
    String caseNo = "XFIT" + String.format("%011d", CASES.incrementAndGet());
    jdbc.update("INSERT INTO petition_case (case_no, channel, received_at, registered_at,"
        + " first_contact_dept, title, content, category_code, occurrence_region, person_count, status)"
        + " VALUES (?, 'VISIT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'XFJ', '测试', '测试', 'OTHER',"
        + " '330100-01', 1, 'REGISTERED')", caseNo);
    return caseNo;
  }

  private static Instant at(String isoWithOffset) {
    return OffsetDateTime.parse(isoWithOffset).toInstant();
  }
}
