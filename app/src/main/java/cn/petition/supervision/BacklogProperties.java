package cn.petition.supervision;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * petition.supervision.backlog in application.yaml: the cadence of 领导包案.
 *
 * @param redispatchCycle timer cycle of the 定期调度 on an open 包案督办 task (ISO-8601 repeat, e.g. R/P7D,
 *     or a cron expression)
 * @param scanCycle timer cycle of the daily scan of open cases (backlog-scan.bpmn), e.g. a cron expression
 */
@ConfigurationProperties(prefix = "petition.supervision.backlog")
public record BacklogProperties(String redispatchCycle, String scanCycle) {

  public BacklogProperties {
    Objects.requireNonNull(redispatchCycle, "petition.supervision.backlog.redispatch-cycle");
    Objects.requireNonNull(scanCycle, "petition.supervision.backlog.scan-cycle");
  }
}
