package cn.petition.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2026 holiday schedule (State Council notice of 2025-11-04) as domain.md tabulates it,
 * written out independently of the migration so the two can be compared.
 */
final class Schedule2026 {

  private Schedule2026() {}

  static List<CalendarDay> days() {
    List<CalendarDay> days = new ArrayList<>();
    holiday(days, "元旦", "2026-01-01", "2026-01-03");
    workday(days, "元旦调休上班", "2026-01-04");
    holiday(days, "春节", "2026-02-15", "2026-02-23");
    workday(days, "春节调休上班", "2026-02-14", "2026-02-28");
    holiday(days, "清明节", "2026-04-04", "2026-04-06");
    holiday(days, "劳动节", "2026-05-01", "2026-05-05");
    workday(days, "劳动节调休上班", "2026-05-09");
    holiday(days, "端午节", "2026-06-19", "2026-06-21");
    holiday(days, "中秋节", "2026-09-25", "2026-09-27");
    holiday(days, "国庆节", "2026-10-01", "2026-10-07");
    workday(days, "国庆节调休上班", "2026-09-20", "2026-10-10");
    return days;
  }

  static HolidayCalendar calendar() {
    return HolidayCalendar.of(days());
  }

  private static void holiday(List<CalendarDay> days, String name, String first, String last) {
    for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
      days.add(new CalendarDay(d, DayKind.HOLIDAY, name));
    }
  }

  private static void workday(List<CalendarDay> days, String name, String... dates) {
    for (String date : dates) {
      days.add(new CalendarDay(LocalDate.parse(date), DayKind.WORKDAY, name));
    }
  }
}
