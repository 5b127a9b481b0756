package cn.petition.tasklist;

import java.time.ZoneId;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The daily refresh of overdue days ({@link TaskRowRefresh#refreshOverdue}) on Spring's scheduler, at
 * petition.tasklist.overdue-refresh in petition.zone.
 */
@Configuration
@EnableScheduling
public class TasklistConfig implements SchedulingConfigurer {

  private final TasklistProperties properties;
  private final ZoneId zone;
  private final TaskRowRefresh refresh;

  public TasklistConfig(TasklistProperties properties, ZoneId zone, TaskRowRefresh refresh) {
    this.properties = properties;
    this.zone = zone;
    this.refresh = refresh;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addTriggerTask(refresh::refreshOverdue, new CronTrigger(properties.overdueRefresh(), zone));
  }
}
