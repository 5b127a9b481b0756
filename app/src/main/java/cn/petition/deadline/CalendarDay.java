package cn.petition.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the holiday calendar (table calendar_day).
 *
 * @param date the day
 * @param kind holiday or make-up working day
 * @param name e.g. 国庆节, 国庆节调休上班
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

  public CalendarDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
  }
}
