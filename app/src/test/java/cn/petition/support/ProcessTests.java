package cn.petition.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.petition.casefile.CaseOwnershipException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/** Helpers of process tests: the engine clock, candidate groups and flow-node coverage. */
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

  /** Asserts that the instances passed at least 90 % of the flow nodes of the latest version of a process. */
  public static void assertFlowNodeCoverage(RepositoryService repositoryService, HistoryService historyService,
      String processKey, Collection<String> instanceIds) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult().getId();
    Set<String> all = repositoryService.getBpmnModelInstance(definitionId).getModelElementsByType(FlowNode.class)
        .stream().map(FlowNode::getId).collect(Collectors.toSet());
    Set<String> covered = instanceIds.stream()
        .flatMap(id -> historyService.createHistoricActivityInstanceQuery().processInstanceId(id).list().stream())
        .map(HistoricActivityInstance::getActivityId).map(id -> id.replace("#multiInstanceBody", ""))
        .filter(all::contains).collect(Collectors.toSet());
    assertThat((double) covered.size() / all.size()).as("%s: covered %s of %s", processKey, covered, all)
        .isGreaterThanOrEqualTo(0.9);
  }
}
