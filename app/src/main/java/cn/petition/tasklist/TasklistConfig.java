package cn.petition.tasklist;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** petition.tasklist; the daily refresh of overdue days ({@link TaskRowRefresh#refreshOverdue}) runs on Spring's scheduler. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(TasklistProperties.class)
public class TasklistConfig {}
