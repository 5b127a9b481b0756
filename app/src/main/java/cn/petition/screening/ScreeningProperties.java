package cn.petition.screening;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 矛盾纠纷排查 configuration ({@code petition.screening} in application.yaml).
 *
 * @param streetCycle timer cycle of the weekly street review (街道研判), ISO 8601 repeating interval or cron
 * @param districtCycle timer cycle of the monthly district dispatch (区级调度)
 * @param districtDept the department that dispatches at district level (its leaders get 区级调度)
 */
@ConfigurationProperties(prefix = "petition.screening")
public record ScreeningProperties(String streetCycle, String districtCycle, String districtDept) {

  public ScreeningProperties {
    streetCycle = streetCycle == null || streetCycle.isBlank() ? "R/2026-01-05T09:00:00+08:00/P7D" : streetCycle;
    districtCycle = districtCycle == null || districtCycle.isBlank() ? "R/2026-01-05T09:00:00+08:00/P1M"
        : districtCycle;
    districtDept = districtDept == null || districtDept.isBlank() ? "XFJ" : districtDept;
  }
}
