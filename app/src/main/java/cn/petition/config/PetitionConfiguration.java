package cn.petition.config;

import cn.petition.appeal.AppealProperties;
import cn.petition.deadline.DeadlineProperties;
import cn.petition.deployment.EngineProperties;
import cn.petition.document.DocumentProperties;
import cn.petition.emergency.EmergencyProperties;
import cn.petition.casefile.IntakeLimits;
import cn.petition.login.LoginThrottleProperties;
import cn.petition.org.DemoProperties;
import cn.petition.org.ReferenceDataProperties;
import cn.petition.rules.RulesProperties;
import cn.petition.screening.ScreeningProperties;
import cn.petition.supervision.BacklogProperties;
import cn.petition.supervision.SupervisionProperties;
import cn.petition.tasklist.TasklistProperties;
import cn.petition.warning.WarningProperties;
import java.time.ZoneId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands each part of the configuration root {@link PetitionProperties} to the package that uses it. */
@Configuration
@EnableConfigurationProperties(PetitionProperties.class)
public class PetitionConfiguration {

  /** The office's zone (petition.zone), injected wherever days are counted or times are shown. */
  @Bean
  ZoneId zone(PetitionProperties properties) {
    return properties.zone();
  }

  @Bean
  ReferenceDataProperties referenceDataProperties(PetitionProperties properties) {
    return properties.referenceData();
  }

  @Bean
  DemoProperties demoProperties(PetitionProperties properties) {
    return properties.demo();
  }

  @Bean
  LoginThrottleProperties loginThrottleProperties(PetitionProperties properties) {
    return properties.loginThrottle();
  }

  @Bean
  EngineProperties engineProperties(PetitionProperties properties) {
    return properties.engine();
  }

  @Bean
  RulesProperties rulesProperties(PetitionProperties properties) {
    return properties.rules();
  }

  @Bean
  DeadlineProperties deadlineProperties(PetitionProperties properties) {
    return properties.deadlines();
  }

  @Bean
  WarningProperties warningProperties(PetitionProperties properties) {
    return properties.warning();
  }

  @Bean
  EmergencyProperties emergencyProperties(PetitionProperties properties) {
    return properties.emergency();
  }

  @Bean
  IntakeLimits intakeLimits(PetitionProperties properties) {
    return properties.intake();
  }

  @Bean
  TasklistProperties tasklistProperties(PetitionProperties properties) {
    return properties.tasklist();
  }

  @Bean
  SupervisionProperties supervisionProperties(PetitionProperties properties) {
    return properties.supervision();
  }

  @Bean
  BacklogProperties backlogProperties(PetitionProperties properties) {
    return properties.supervision().backlog();
  }

  @Bean
  AppealProperties appealProperties(PetitionProperties properties) {
    return properties.appeal();
  }

  @Bean
  ScreeningProperties screeningProperties(PetitionProperties properties) {
    return properties.screening();
  }

  @Bean
  DocumentProperties documentProperties(PetitionProperties properties) {
    return properties.documents();
  }
}
