package cn.petition.casefile;

import cn.petition.org.ReferenceData;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Read-only values some task forms show besides the case summary, set as task-local variables
 * when the task is created: the co-handling department's name on 协办, and the current handling
 * due date on 延期审批 (that task's own due date, which petition-case.bpmn sets to the handling limit).
 */
@Component
public class TaskDisplayVariables {

  private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final ReferenceData referenceData;
  private final ZoneId zone;

  public TaskDisplayVariables(ReferenceData referenceData, ZoneId zone) {
    this.referenceData = referenceData;
    this.zone = zone;
  }

  public void addTo(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case CaseProcess.TASK_CO_HANDLE -> task.setVariableLocal("coHandlingDeptName",
          referenceData.departmentName((String) task.getVariable(CaseProcess.CO_HANDLING_DEPT)));
      case CaseProcess.TASK_APPROVE_EXTENSION -> {
        if (task.getDueDate() != null) {
          task.setVariableLocal("handleDueAt", DAY_AND_TIME.format(task.getDueDate().toInstant().atZone(zone)));
        }
      }
      default -> { }
    }
  }
}
