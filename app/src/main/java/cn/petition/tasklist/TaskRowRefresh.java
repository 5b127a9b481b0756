package cn.petition.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps rows current when something other than the task changes: a case's warning colour rises
 * ({@link #refreshCase}), and every day a late task is one more day overdue ({@link #refreshOverdue},
 * at petition.tasklist.overdue-refresh and at startup). Runs inside the engine's transaction when called
 * from one, and sees every task whoever is logged in.
 */
@Component
public class TaskRowRefresh implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(TaskRowRefresh.class);

  private final ProcessEngine engine;
  private final TaskRowListener listener;

  public TaskRowRefresh(@Lazy ProcessEngine engine, TaskRowListener listener) {
    this.engine = engine;
    this.listener = listener;
  }

  /** Recomputes the rows of the open tasks of every process of a case (business key = case number). */
  public void refreshCase(String caseNo) {
    inEngine(context -> tasks(context, new TaskQueryImpl().processInstanceBusinessKey(caseNo)));
  }

  /** Recomputes the rows of late tasks and of tasks that were late before their due date moved. */
  @Scheduled(cron = "${petition.tasklist.overdue-refresh}", zone = "${petition.zone}")
  public void refreshOverdue() {
    int count = inEngine(context -> {
      Map<String, TaskEntity> tasks = new LinkedHashMap<>();
      tasks(context, new TaskQueryImpl().dueBefore(ClockUtil.getCurrentTime())).forEach(t -> tasks.put(t.getId(), t));
      tasks(context, new TaskQueryImpl().taskVariableValueLike(TaskRows.OVERDUE, "%"))
          .forEach(t -> tasks.put(t.getId(), t));
      return List.copyOf(tasks.values());
    });
    LOG.info("Tasklist rows: overdue days refreshed on {} tasks", count);
  }

  @Override
  public void run(ApplicationArguments args) {
    refreshOverdue();
  }

  private int inEngine(Function<CommandContext, List<TaskEntity>> select) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired().execute(context -> {
      boolean checking = context.isAuthorizationCheckEnabled();
      context.disableAuthorizationCheck();
      try {
        List<TaskEntity> tasks = select.apply(context);
        tasks.forEach(listener::notify);
        return tasks.size();
      } finally {
        if (checking) {
          context.enableAuthorizationCheck();
        }
      }
    });
  }

  private static List<TaskEntity> tasks(CommandContext context, TaskQuery query) {
    return ((TaskQueryImpl) query).executeList(context, null).stream().map(TaskEntity.class::cast).toList();
  }
}
