package cn.petition.deadline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One day of a year's holiday schedule as an administrator sends it, e.g.
 * {@code {"date":"2027-01-01","kind":"HOLIDAY","name":"元旦"}}. Fields are strings so that every
 * mistake, also a malformed date, is reported against its field.
 */
public record CalendarDayInput(
    @NotBlank(message = "日期不能为空") String date,
    @NotBlank(message = "类型不能为空")
    @Pattern(regexp = "HOLIDAY|WORKDAY", message = "类型必须是 HOLIDAY（法定节假日）或 WORKDAY（调休上班日）")
    String kind,
    @NotBlank(message = "名称不能为空") @Size(max = 50, message = "名称不能超过50个字") String name) {}
