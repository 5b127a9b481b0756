package cn.petition.supervision;

import org.springframework.stereotype.Component;

/**
 * The timer cycles of 领导包案 for the BPMN timers (bean {@code backlogSchedule}):
 * {@code ${backlogSchedule.redispatchCycle}} in leader-ownership.bpmn and {@code ${backlogSchedule.scanCycle}}
 * in backlog-scan.bpmn. Depends on nothing but configuration, so the engine can read it while it deploys.
 */
@Component("backlogSchedule")
public class BacklogSchedule {

  private final BacklogProperties properties;

  public BacklogSchedule(BacklogProperties properties) {
    this.properties = properties;
  }

  public String getRedispatchCycle() {
    return properties.redispatchCycle();
  }

  public String getScanCycle() {
    return properties.scanCycle();
  }
}
