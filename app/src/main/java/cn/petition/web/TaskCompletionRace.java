package cn.petition.web;

import cn.petition.web.EngineErrorMessages.ChineseError;
import java.sql.SQLTransientException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Two people complete (or submit the form of, or resolve) the same task at the same moment, through /engine-rest
 * or the Tasklist's engine API: the one who loses is told so in Chinese instead of a 500:
 * <ul>
 *   <li>the task is gone by the time the error is answered: 409 (it was completed meanwhile), or 404 when the
 *       engine did not find it at all (the request came after the other had finished). This is decided before the
 *       authorization check: the loser may fail it only because the winner has just removed the task's candidate
 *       groups with the task;</li>
 *   <li>the task is still there but the database gave one of the two up (an optimistic lock, a deadlock or lock
 *       timeout while the first is still being stored): 409.</li>
 * </ul>
 * A completion refused for any other reason (another department's task: 403) is left to
 * {@link EngineErrorMessages}.
 */
final class TaskCompletionRace {

  private static final Pattern TASK_COMPLETION =
      Pattern.compile("(?:^|/)(?:engine/([^/]+)/)?task/([^/]+)/(?:complete|submit-form|resolve)/?$");

  private TaskCompletionRace() {}

  /**
   * @param path the request path below the engine API's root, or null
   * @return the answer for a lost race, or null if the error is not one
   */
  static ChineseError of(Throwable error, String path) {
    Matcher task = path == null ? null : TASK_COMPLETION.matcher(path);
    if (task == null || !task.find()) {
      return null;
    }
    if (!taskExists(task.group(1), task.group(2))) {
      return EngineErrorMessages.find(error, NullValueException.class) != null
          ? new ChineseError(404, "任务不存在或已经办理完成，请刷新任务列表")
          : new ChineseError(409, "该任务刚刚已由他人办理完成，本次提交未生效，请刷新任务列表");
    }
    if (EngineErrorMessages.find(error, OptimisticLockingException.class) != null
        || EngineErrorMessages.find(error, ConcurrencyFailureException.class) != null
        || EngineErrorMessages.find(error, SQLTransientException.class) != null) {
      return new ChineseError(409, "该任务正由他人同时办理，本次提交未生效，请刷新任务列表后查看");
    }
    return null;
  }

  /** Whether the task is still there, whoever may see it (the caller's authorizations do not apply). */
  private static boolean taskExists(String engineName, String taskId) {
    try {
      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
          EngineUtil.lookupProcessEngine(engineName).getProcessEngineConfiguration();
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        context.disableAuthorizationCheck();
        return context.getTaskManager().findTaskById(taskId) != null;
      });
    } catch (RuntimeException unknownEngine) {
      return true;
    }
  }
}
