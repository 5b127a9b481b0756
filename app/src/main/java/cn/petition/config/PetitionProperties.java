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
import cn.petition.supervision.SupervisionProperties;
import cn.petition.tasklist.TasklistProperties;
import cn.petition.warning.WarningProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The one configuration root {@code petition.*} of application.yaml, where every property is documented. It is
 * bound and validated at startup: a missing or invalid value stops the application with the property's name.
 * Each part belongs to the package that uses it and is handed to it as a bean ({@link PetitionConfiguration});
 * no class reads petition.* itself or repeats a default.
 *
 * @param zone the zone in which statutory days are counted and times are shown
 * @param flyway where our migrations are (spring.flyway.locations reads it)
 */
@ConfigurationProperties(prefix = "petition")
@Validated
public record PetitionProperties(
    @NotNull ZoneId zone,
    @Valid @NotNull Flyway flyway,
    @Valid @NotNull ReferenceDataProperties referenceData,
    @Valid @NotNull DemoProperties demo,
    @Valid @NotNull LoginThrottleProperties loginThrottle,
    @Valid @NotNull EngineProperties engine,
    @Valid @NotNull RulesProperties rules,
    @Valid @NotNull IntakeLimits intake,
    @Valid @NotNull DeadlineProperties deadlines,
    @Valid @NotNull WarningProperties warning,
    @Valid @NotNull EmergencyProperties emergency,
    @Valid @NotNull TasklistProperties tasklist,
    @Valid @NotNull SupervisionProperties supervision,
    @Valid @NotNull AppealProperties appeal,
    @Valid @NotNull ScreeningProperties screening,
    @Valid @NotNull DocumentProperties documents) {

  /** @param locations Flyway locations: the migrations, and in the embedded default the demo organisation */
  public record Flyway(@NotEmpty List<String> locations) {}
}
