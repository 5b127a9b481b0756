package cn.petition.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.petition.casefile.CaseOwnershipException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Helpers of process tests: the engine clock, due dates, candidate groups, completing tasks and refused ownership. Flow-node coverage
 * is asserted by camunda-process-test-coverage ({@link ProcessCoverage}).
 */
public final class ProcessTests {

  public static final ZoneOffset CST = ZoneOffset.ofHours(8);

  private ProcessTests() {}

  public static void clock(OffsetDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  public static Date endOfDay(int year, int month, int day) {
    return Date.from(OffsetDateTime.of(year, month, day, 23, 59, 59, 0, CST).toInstant());
  }

  public static List<String> candidateGroups(TaskService taskService, Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }

  /** Completes the one open task of a process instance with these variables. */
  public static void completeTask(TaskService taskService, String processInstanceId, Map<String, Object> variables) {
    taskService.complete(taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId(),
        variables);
  }

  /** Asserts that the call fails because a process acted on a case it does not own (anywhere in the cause chain). */
  public static void assertOwnershipRefused(ThrowingCallable call) {
    assertThatThrownBy(call).satisfies(e -> {
      Throwable cause = e;
      while (cause != null && !(cause instanceof CaseOwnershipException)) {
        cause = cause.getCause();
      }
      assertThat(cause).as("CaseOwnershipException in the cause chain of %s", e.toString()).isNotNull();
    });
  }
}
