package cn.petition.tasklist;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Sets a task's row variables ({@link TaskRows}) when it is created and again when it is updated (a new
 * due date after an extension, a claim). Attached to every user task by {@link TaskRowPlugin}.
 */
@Component
public class TaskRowListener implements TaskListener {

  private final TaskRows rows;

  public TaskRowListener(TaskRows rows) {
    this.rows = rows;
  }

  @Override
  public void notify(DelegateTask task) {
    String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    var groups = task.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    RowVariables.write(task, rows.of(businessKey, task.getDueDate(), groups, task::getVariable));
  }
}
