package cn.petition.support;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** Drives timers in process tests: the job executor is off, so tests execute due timer jobs themselves. */
public final class Timers {

  private Timers() {}

  /** Executes the timer jobs of one process instance that are due at the engine clock's now; returns how many. */
  public static int fireDue(ManagementService managementService, String processInstanceId) {
    List<Job> due = dueJobs(managementService, processInstanceId);
    due.forEach(job -> managementService.executeJob(job.getId()));
    return due.size();
  }

  public static List<Job> dueJobs(ManagementService managementService, String processInstanceId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).timers()
        .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1000)).orderByJobDuedate().asc().list();
  }

  /** Pending timer due dates of a process instance by activity: e.g. HandleCaseDue → date. */
  public static Map<String, Date> pending(ManagementService managementService, String processInstanceId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
        .collect(Collectors.toMap(job -> managementService.createJobDefinitionQuery()
            .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId(), Job::getDuedate, (a, b) -> a));
  }
}
