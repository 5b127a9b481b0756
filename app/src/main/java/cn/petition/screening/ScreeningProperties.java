package cn.petition.screening;

import jakarta.validation.constraints.NotBlank;

/**
 * {@code petition.screening}: 矛盾纠纷排查.
 *
 * @param streetCycle timer cycle of the weekly street review (街道研判), ISO 8601 repeating interval or cron
 * @param districtCycle timer cycle of the monthly district dispatch (区级调度)
 * @param districtDept the department that dispatches at district level (its leaders get 区级调度)
 */
public record ScreeningProperties(@NotBlank String streetCycle, @NotBlank String districtCycle,
    @NotBlank String districtDept) {}
