package cn.petition.tasklist;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * {@code petition.tasklist}: the clerk's desk in the Camunda Tasklist.
 *
 * @param overdueRefresh Spring cron (seconds first, in petition.zone) at which every late task's 逾期N天 is counted again
 * @param approvalTasks task definition keys of the decisions leaders take, listed by the filter 待我审批
 */
public record TasklistProperties(@NotBlank String overdueRefresh, @NotEmpty List<String> approvalTasks) {}
