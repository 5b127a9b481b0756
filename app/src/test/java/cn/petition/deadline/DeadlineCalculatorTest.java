package cn.petition.deadline;

import static cn.petition.deadline.TimeUnitKind.CALENDAR_DAYS;
import static cn.petition.deadline.TimeUnitKind.HOURS;
import static cn.petition.deadline.TimeUnitKind.WORKING_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counting rules of Civil Code arts. 201 and 203 against the 2026 schedule. */
class DeadlineCalculatorTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final DeadlineCalculator calculator = new DeadlineCalculator(Schedule2026.calendar(), SHANGHAI);

  // --- the four worked examples of domain.md ---

  @Test
  void workingDaysSkipTheNationalDayHolidayAndCountTheMakeUpSaturday() {
    Due due = compute(5, WORKING_DAYS, "2026-09-30T10:00:00+08:00");
    assertThat(due.dueAt()).isEqualTo(endOf("2026-10-13"));
    assertThat(due.explanation()).contains("自2026-09-30次日起算5个工作日").endsWith("期满日为2026-10-13");
  }

  @Test
  void calendarDaysLandingOnTheNationalDayHolidayRollToTheFirstWorkingDay() {
    Due due = compute(5, CALENDAR_DAYS, "2026-09-28T09:30:00+08:00");
    assertThat(due.dueAt()).isEqualTo(Instant.parse("2026-10-08T15:59:59Z"));
    assertThat(due.dueAt().atZone(SHANGHAI).toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2026-10-08T23:59:59+08:00"));
    assertThat(due.explanation())
        .isEqualTo("自2026-09-28次日起算5个自然日，期满日2026-10-03为法定节假日，顺延至2026-10-08");
  }

  @Test
  void calendarDaysLandingOnASaturdayRollToMonday() {
    Due due = compute(5, CALENDAR_DAYS, "2026-11-02T09:00:00+08:00");
    assertThat(due.dueAt()).isEqualTo(endOf("2026-11-09"));
    assertThat(due.explanation()).isEqualTo("自2026-11-02次日起算5个自然日，期满日2026-11-07为休息日，顺延至2026-11-09");
  }

  @Test
  void calendarDaysLandingOnAMakeUpSundayDoNotRoll() {
    Due due = compute(2, CALENDAR_DAYS, "2026-01-02T11:00:00+08:00");
    assertThat(due.dueAt()).isEqualTo(endOf("2026-01-04"));
    assertThat(due.explanation()).isEqualTo("自2026-01-02次日起算2个自然日，期满日为2026-01-04");
  }

  // --- every 2026 holiday: last day on its first day, on its last day, and on the day after ---

  @ParameterizedTest(name = "{0}: {1}..{2}, next working day {3}")
  @CsvSource({
      "元旦,   2026-01-01, 2026-01-03, 2026-01-04",
      "春节,   2026-02-15, 2026-02-23, 2026-02-24",
      "清明节, 2026-04-04, 2026-04-06, 2026-04-07",
      "劳动节, 2026-05-01, 2026-05-05, 2026-05-06",
      "端午节, 2026-06-19, 2026-06-21, 2026-06-22",
      "中秋节, 2026-09-25, 2026-09-27, 2026-09-28",
      "国庆节, 2026-10-01, 2026-10-07, 2026-10-08"})
  void calendarLimitsLandingOnAHolidayRollPastItsEnd(String name, LocalDate first, LocalDate last,
      LocalDate nextWorkingDay) {
    assertThat(calendarDueLandingOn(first)).as("lands on the first day of %s", name).isEqualTo(endOf(nextWorkingDay));
    assertThat(calendarDueLandingOn(last)).as("lands on the last day of %s", name).isEqualTo(endOf(nextWorkingDay));
    assertThat(calendarDueLandingOn(last.plusDays(1))).as("lands on the day after %s", name)
        .isEqualTo(endOf(last.plusDays(1)));
    assertThat(last.plusDays(1)).isEqualTo(nextWorkingDay);
  }

  @ParameterizedTest(name = "one working day after {0} is {1} ({2})")
  @CsvSource({
      "2025-12-31, 2026-01-04, 元旦 then the make-up Sunday",
      "2026-02-14, 2026-02-24, 春节 from its make-up Saturday",
      "2026-04-03, 2026-04-07, 清明节",
      "2026-04-30, 2026-05-06, 劳动节",
      "2026-06-18, 2026-06-22, 端午节",
      "2026-09-24, 2026-09-28, 中秋节",
      "2026-09-30, 2026-10-08, 国庆节",
      "2026-02-13, 2026-02-14, make-up Saturday",
      "2026-02-27, 2026-02-28, make-up Saturday",
      "2026-05-08, 2026-05-09, make-up Saturday",
      "2026-10-09, 2026-10-10, make-up Saturday",
      "2026-09-18, 2026-09-20, make-up Sunday"})
  void oneWorkingDaySkipsHolidaysAndWeekendsButNotMakeUpDays(LocalDate start, LocalDate expected, String why) {
    assertThat(compute(1, WORKING_DAYS, start.atTime(9, 0).atZone(SHANGHAI).toInstant()).dueAt())
        .as(why).isEqualTo(endOf(expected));
  }

  // --- make-up working days in calendar-day counting ---

  @ParameterizedTest(name = "5 calendar days after {0} end on the make-up Saturday {1}")
  @CsvSource({
      "2026-02-09, 2026-02-14",
      "2026-02-23, 2026-02-28",
      "2026-05-04, 2026-05-09",
      "2026-10-05, 2026-10-10"})
  void calendarLimitsEndingOnAMakeUpSaturdayDoNotRoll(LocalDate start, LocalDate makeUpSaturday) {
    Due due = compute(5, CALENDAR_DAYS, start.atTime(9, 0).atZone(SHANGHAI).toInstant());
    assertThat(due.dueAt()).isEqualTo(endOf(makeUpSaturday));
    assertThat(due.explanation()).doesNotContain("顺延");
  }

  @Test
  void anOrdinarySaturdayStillRolls() {
    assertThat(compute(5, CALENDAR_DAYS, "2026-05-11T09:00:00+08:00").dueAt()).isEqualTo(endOf("2026-05-18"));
  }

  @Test
  void workingDaysAcrossAFullWeekWithAMakeUpSaturday() {
    // Thu May 7 + 3 working days: Fri May 8, Sat May 9 (make-up), Mon May 11.
    assertThat(compute(3, WORKING_DAYS, "2026-05-07T09:00:00+08:00").dueAt()).isEqualTo(endOf("2026-05-11"));
  }

  // --- start on a holiday, the 24:00 end, late-evening receipt ---

  @Test
  void aLimitStartingOnAHolidayCountsFromTheNextDay() {
    assertThat(compute(5, WORKING_DAYS, "2026-10-01T10:00:00+08:00").dueAt()).isEqualTo(endOf("2026-10-13"));
    assertThat(compute(3, CALENDAR_DAYS, "2026-10-03T10:00:00+08:00").dueAt()).isEqualTo(endOf("2026-10-08"));
    assertThat(compute(10, CALENDAR_DAYS, "2026-10-03T10:00:00+08:00").dueAt()).isEqualTo(endOf("2026-10-13"));
  }

  @Test
  void theLimitEndsAtTwentyFourHundredOfItsLastDay() {
    Instant due = compute(1, CALENDAR_DAYS, "2026-11-03T00:00:00+08:00").dueAt();
    assertThat(due.atZone(SHANGHAI).toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-11-04T23:59:59+08:00"));
    assertThat(due.plusSeconds(1).atZone(SHANGHAI).toLocalDate()).isEqualTo(LocalDate.parse("2026-11-05"));
  }

  @Test
  void aReceiptLateInTheEveningBelongsToThatLocalDay() {
    assertThat(compute(1, CALENDAR_DAYS, "2026-11-03T23:30:00+08:00").dueAt()).isEqualTo(endOf("2026-11-04"));
    // 00:30 local is still the previous day in UTC; the local day counts.
    assertThat(compute(1, CALENDAR_DAYS, "2026-11-03T16:30:00Z").dueAt()).isEqualTo(endOf("2026-11-05"));
  }

  @Test
  void oneDayIsADayNotTwentyFourHours() {
    assertThat(compute(1, CALENDAR_DAYS, "2026-11-03T09:00:00+08:00").dueAt())
        .isNotEqualTo(Instant.parse("2026-11-04T01:00:00Z"))
        .isEqualTo(endOf("2026-11-04"));
  }

  @Test
  void aDueDateInAYearWithoutASchedulePointsThatOut() {
    Due due = compute(10, CALENDAR_DAYS, "2026-12-28T09:00:00+08:00");
    assertThat(due.dueAt()).isEqualTo(endOf("2027-01-07"));
    assertThat(due.explanation()).endsWith("（注意：2027年节假日安排尚未导入，仅按周末计算）");
    assertThat(compute(3, CALENDAR_DAYS, "2026-12-28T09:00:00+08:00").explanation()).doesNotContain("注意");
  }

  // --- hours ---

  @Test
  void hoursAreExactAndIgnoreHolidays() {
    Due due = compute(24, HOURS, "2026-10-01T10:15:00+08:00");
    assertThat(due.dueAt()).isEqualTo(OffsetDateTime.parse("2026-10-02T10:15:00+08:00").toInstant());
    assertThat(due.explanation()).isEqualTo("自2026-10-01 10:15起算24个小时，期满时间为2026-10-02 10:15");
  }

  // --- extensions ---

  @Test
  void anExtensionCountsFromTheEndOfTheCurrentLimit() {
    Due handle = compute(5, CALENDAR_DAYS, "2026-09-28T09:30:00+08:00");
    Due extended = calculator.extend(handle, 30, CALENDAR_DAYS);
    // Oct 8 + 30 = Sat Nov 7, rolled to Mon Nov 9.
    assertThat(extended.dueAt()).isEqualTo(endOf("2026-11-09"));
    assertThat(extended.limit()).isEqualTo(handle.limit());
    assertThat(extended.explanation()).startsWith("在原期满2026-10-08基础上延期30个自然日")
        .endsWith("顺延至2026-11-09");
  }

  @Test
  void anExtensionInWorkingDaysCountsMakeUpDays() {
    Due accept = compute(1, CALENDAR_DAYS, "2026-10-08T09:00:00+08:00");
    assertThat(calculator.extend(accept, 1, WORKING_DAYS).dueAt()).isEqualTo(endOf("2026-10-10"));
  }

  @Test
  void anExtensionMustBePositive() {
    Due due = compute(1, CALENDAR_DAYS, "2026-10-08T09:00:00+08:00");
    assertThatThrownBy(() -> calculator.extend(due, 0, CALENDAR_DAYS)).isInstanceOf(IllegalArgumentException.class);
  }

  // --- the calendar itself ---

  @Test
  void restDaysAreHolidaysAndWeekendsThatAreNotMakeUpDays() {
    HolidayCalendar calendar = Schedule2026.calendar();
    assertThat(calendar.isRestDay(LocalDate.parse("2026-10-05"))).isTrue();   // Monday in 国庆节
    assertThat(calendar.isRestDay(LocalDate.parse("2026-10-10"))).isFalse();  // make-up Saturday
    assertThat(calendar.isRestDay(LocalDate.parse("2026-10-17"))).isTrue();   // ordinary Saturday
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-14"))).isTrue(); // ordinary Wednesday
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-04"))).isTrue(); // no 2027 data yet: weekdays work
  }

  private Due compute(int amount, TimeUnitKind unit, String start) {
    return compute(amount, unit, OffsetDateTime.parse(start).toInstant());
  }

  private Due compute(int amount, TimeUnitKind unit, Instant start) {
    return calculator.compute(new TimeLimit(amount, unit, "测试依据"), start);
  }

  private Instant calendarDueLandingOn(LocalDate lastDay) {
    return compute(3, CALENDAR_DAYS, lastDay.minusDays(3).atTime(9, 0).atZone(SHANGHAI).toInstant()).dueAt();
  }

  private static Instant endOf(String date) {
    return endOf(LocalDate.parse(date));
  }

  private static Instant endOf(LocalDate date) {
    return date.atTime(23, 59, 59).atZone(SHANGHAI).toInstant();
  }
}
