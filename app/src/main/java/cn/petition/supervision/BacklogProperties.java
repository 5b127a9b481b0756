package cn.petition.supervision;

import jakarta.validation.constraints.NotBlank;

/**
 * {@code petition.supervision.backlog}: the cadence of 领导包案.
 *
 * @param redispatchCycle timer cycle of the 定期调度 on an open 包案督办 task (ISO-8601 repeat, e.g. R/P7D,
 *     or a cron expression)
 * @param scanCycle timer cycle of the daily scan of open cases (backlog-scan.bpmn), e.g. a cron expression
 */
public record BacklogProperties(@NotBlank String redispatchCycle, @NotBlank String scanCycle) {}
