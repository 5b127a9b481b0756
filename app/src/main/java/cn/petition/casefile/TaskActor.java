package cn.petition.casefile;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who completed a task, for the record: its assignee (Tasklist, after claiming) or else the user
 * authenticated with the engine (a task completed through /engine-rest without claiming).
 */
public final class TaskActor {

  private TaskActor() {}

  public static String of(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return user == null ? null : user.getUserId();
  }
}
