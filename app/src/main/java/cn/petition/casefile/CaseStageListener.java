package cn.petition.casefile;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps the case row and timeline current with the engine, in the engine's transaction: on every
 * user task of a case, the open step (current_stage), the status, and who did what
 * (architecture principle 1). Attached to all user tasks by {@link CaseStageParseListener}.
 */
@Component
public class CaseStageListener implements TaskListener {

  private static final Map<String, CaseStatus> STATUS_BY_TASK = Map.of(
      CaseProcess.TASK_REVIEW_ACCEPTANCE, CaseStatus.REGISTERED,
      CaseProcess.TASK_CO_HANDLE, CaseStatus.HANDLING,
      CaseProcess.TASK_HANDLE, CaseStatus.HANDLING,
      CaseProcess.TASK_APPROVE_EXTENSION, CaseStatus.HANDLING,
      CaseProcess.TASK_PRE_REVIEW, CaseStatus.PRE_REVIEW,
      CaseProcess.TASK_FOLLOW_UP, CaseStatus.REPLIED);

  private final PetitionCaseMapper cases;
  private final CaseTimeline timeline;
  private final TaskDisplayVariables taskDisplay;
  private final ProcessOwnership ownership;

  public CaseStageListener(@Lazy PetitionCaseMapper cases, @Lazy CaseTimeline timeline,
      @Lazy TaskDisplayVariables taskDisplay, @Lazy ProcessOwnership ownership) {
    this.ownership = ownership;
    this.cases = cases;
    this.timeline = timeline;
    this.taskDisplay = taskDisplay;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNo = task.getExecution().getProcessBusinessKey();
    if (caseNo == null || cases.find(caseNo) == null) {
      return;
    }
    boolean caseProcess = task.getProcessDefinitionId().startsWith(CaseProcess.KEY + ":");
    if (!caseProcess && !EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    // A task of a process that does not own the case writes nothing on it (ProcessOwnership).
    ownership.caseNo(task);
    // Only the case process moves the case's stage and status; warning, emergency, appeal and other
    // processes share the case number as business key but keep their own state (their tasks still
    // appear in the case's timeline).
    if (EVENTNAME_CREATE.equals(task.getEventName()) && caseProcess) {
      cases.setStage(caseNo, task.getName());
      CaseStatus status = STATUS_BY_TASK.get(task.getTaskDefinitionKey());
      if (status != null) {
        cases.setStatus(caseNo, status.name());
      }
      taskDisplay.addTo(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      timeline.record(caseNo, "TASK_COMPLETED", TaskActor.of(task), null, "完成“" + task.getName() + "”");
    }
  }
}
