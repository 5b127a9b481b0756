package cn.petition.screening;

import org.springframework.context.annotation.Configuration;

/**
 * Bean {@code screeningCycles}: the review cycles the timer start events of street-dispute-review.bpmn
 * ({@code ${screeningCycles.street}}) and district-dispute-review.bpmn ({@code ${screeningCycles.district}})
 * read. The engine evaluates them when it deploys the process, and again each time the timer fires
 * ({@code reevaluateTimeCycleWhenDue}), so a changed cycle applies from the next review on.
 */
@Configuration("screeningCycles")
public class ScreeningCycles {

  private final ScreeningProperties properties;

  public ScreeningCycles(ScreeningProperties properties) {
    this.properties = properties;
  }

  public String getStreet() {
    return properties.streetCycle();
  }

  public String getDistrict() {
    return properties.districtCycle();
  }
}
