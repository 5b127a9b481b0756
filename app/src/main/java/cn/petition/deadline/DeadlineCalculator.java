package cn.petition.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The single source of truth for time (architecture principle 2): turns a time limit and a start
 * instant into a due instant and an explanation.
 *
 * <p>Counting follows Civil Code arts. 201 and 203: the start day is not counted; a day limit ends
 * at 24:00 of its last day, stored as 23:59:59 local time; a calendar-day limit whose last day is
 * a rest day ends on the first working day after it; a working-day limit counts only working days,
 * make-up working days included. Days are local days in the configured zone. No database access.
 */
public class DeadlineCalculator {

  /** 24:00 of a day, as the last representable second. */
  static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final HolidayCalendar calendar;
  private final ZoneId zone;

  public DeadlineCalculator(HolidayCalendar calendar, ZoneId zone) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  public ZoneId zone() {
    return zone;
  }

  /** When the limit ends if it starts at {@code start}. */
  public Due compute(TimeLimit limit, Instant start) {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(start, "start");
    return switch (limit.unit()) {
      case HOURS -> hours(limit, start);
      case CALENDAR_DAYS -> calendarDays(limit, start);
      case WORKING_DAYS -> workingDays(limit, start);
    };
  }

  /**
   * Extends a running limit by {@code amount} units counted from its end: the current last day is
   * treated as the start day, so counting begins the day after it.
   */
  public Due extend(Due current, int amount, TimeUnitKind unit) {
    if (amount <= 0) {
      throw new IllegalArgumentException("延期时长必须大于0：" + amount);
    }
    Due extension = compute(new TimeLimit(amount, unit, current.limit().basis()), current.dueAt());
    String from = unit == TimeUnitKind.HOURS ? format(current.dueAt()) : localDate(current.dueAt()).toString();
    String explanation = "在原期满" + from + "基础上延期" + amount + "个" + unit.label() + "："
        + extension.explanation();
    return new Due(extension.dueAt(), current.limit(), explanation);
  }

  private Due hours(TimeLimit limit, Instant start) {
    Instant due = start.plus(Duration.ofHours(limit.amount()));
    return new Due(due, limit,
        "自" + format(start) + "起算" + limit.describe() + "，期满时间为" + format(due));
  }

  private Due calendarDays(TimeLimit limit, Instant start) {
    LocalDate startDay = localDate(start);
    LocalDate lastDay = startDay.plusDays(limit.amount());
    String counted = "自" + startDay + "次日起算" + limit.describe() + "，";
    if (calendar.isWorkingDay(lastDay)) {
      return checked(new Due(endOf(lastDay), limit, counted + "期满日为" + lastDay), startDay, lastDay);
    }
    LocalDate rolled = calendar.nextWorkingDayAfter(lastDay);
    String rolledText = counted + "期满日" + lastDay + "为" + restDayName(lastDay) + "，顺延至" + rolled;
    return checked(new Due(endOf(rolled), limit, rolledText), startDay, rolled);
  }

  private Due workingDays(TimeLimit limit, Instant start) {
    LocalDate startDay = localDate(start);
    LocalDate day = startDay;
    for (int counted = 0; counted < limit.amount(); counted++) {
      day = calendar.nextWorkingDayAfter(day);
    }
    return checked(new Due(endOf(day), limit, "自" + startDay + "次日起算" + limit.describe()
        + "（法定节假日和休息日不计，调休上班日计入），期满日为" + day), startDay, day);
  }

  /** Warns in the explanation when a counted day lies in a year whose schedule is not loaded. */
  private Due checked(Due due, LocalDate startDay, LocalDate last) {
    for (int year = startDay.plusDays(1).getYear(); year <= last.getYear(); year++) {
      if (!calendar.covers(year)) {
        return new Due(due.dueAt(), due.limit(),
            due.explanation() + "（注意：" + year + "年节假日安排尚未导入，仅按周末计算）");
      }
    }
    return due;
  }

  private String restDayName(LocalDate day) {
    return calendar.entry(day)
        .filter(entry -> entry.kind() == DayKind.HOLIDAY)
        .map(entry -> "法定节假日")
        .orElse("休息日");
  }

  private LocalDate localDate(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  private Instant endOf(LocalDate day) {
    return day.atTime(END_OF_DAY).atZone(zone).toInstant();
  }

  private String format(Instant instant) {
    return MINUTE.format(instant.atZone(zone));
  }
}
