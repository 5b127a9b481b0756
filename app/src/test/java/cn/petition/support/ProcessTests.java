package cn.petition.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Helpers of process tests: the engine clock, due dates, candidate groups and completing tasks. Flow-node coverage
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
}
