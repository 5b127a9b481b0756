package cn.petition.casefile;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the case row and timeline current with the engine, in the engine's transaction: on every
 * user task of a case, the open step (current_stage), the status, and who did what
 * (architecture principle 1). Attached to all user tasks by {@link CaseStageParseListener} as the
 * delegate expression {@value #EXPRESSION}, resolved when a task event happens.
 */
@Component(CaseStageListener.BEAN)
public class CaseStageListener implements TaskListener {

  static final String BEAN = "caseStageListener";
  static final String EXPRESSION = "${" + BEAN + "}";

  private static final Map<String, CaseStatus> STATUS_BY_TASK = Map.of(
      CaseProcess.TASK_REVIEW_ACCEPTANCE, CaseStatus.REGISTERED,
      CaseProcess.TASK_CO_HANDLE, CaseStatus.HANDLING,
      CaseProcess.TASK_HANDLE, CaseStatus.HANDLING,
      CaseProcess.TASK_APPROVE_EXTENSION, CaseStatus.HANDLING,
      CaseProcess.TASK_PRE_REVIEW, CaseStatus.PRE_REVIEW,
      CaseProcess.TASK_FOLLOW_UP, CaseStatus.REPLIED);

  private final PetitionCaseMapper cases;
  private final CaseLifecycle lifecycle;
  private final CaseTimeline timeline;
  private final TaskDisplayVariables taskDisplay;
  private final ProcessOwnership ownership;

  public CaseStageListener(PetitionCaseMapper cases, CaseLifecycle lifecycle, CaseTimeline timeline,
      TaskDisplayVariables taskDisplay, ProcessOwnership ownership) {
    this.cases = cases;
    this.lifecycle = lifecycle;
    this.timeline = timeline;
    this.taskDisplay = taskDisplay;
    this.ownership = ownership;
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
      lifecycle.enterStep(caseNo, task.getName(), STATUS_BY_TASK.get(task.getTaskDefinitionKey()));
      taskDisplay.addTo(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      timeline.record(caseNo, CaseEventKind.TASK_COMPLETED, TaskActor.of(task), null, "完成“" + task.getName() + "”");
    }
  }
}
