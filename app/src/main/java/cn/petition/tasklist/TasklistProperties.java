package cn.petition.tasklist;

import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * petition.tasklist in application.yaml: the clerk's desk in the Camunda Tasklist.
 *
 * @param overdueRefresh Spring cron (seconds first, in petition.zone) at which every late task's 逾期N天 is counted again
 * @param approvalTasks task definition keys of the decisions leaders take, listed by the filter 待我审批
 */
@ConfigurationProperties(prefix = "petition.tasklist")
public record TasklistProperties(String overdueRefresh, List<String> approvalTasks) {

  public TasklistProperties {
    Objects.requireNonNull(overdueRefresh, "petition.tasklist.overdue-refresh");
    approvalTasks = List.copyOf(Objects.requireNonNull(approvalTasks, "petition.tasklist.approval-tasks"));
  }
}
