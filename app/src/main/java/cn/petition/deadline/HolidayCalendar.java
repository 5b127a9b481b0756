package cn.petition.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Knows which days are rest days (法定休假日) and which are working days.
 *
 * <p>A rest day is a statutory holiday, or a Saturday or Sunday that is not a make-up working
 * day. Every other day is a working day. The exceptions come from a source (table calendar_day in
 * the application, a plain list in unit tests); they are read on first use and kept in memory
 * until {@link #reload()}.
 */
public final class HolidayCalendar {

  private final Supplier<List<CalendarDay>> source;
  private volatile Map<LocalDate, CalendarDay> days;

  public HolidayCalendar(Supplier<List<CalendarDay>> source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** A calendar over a fixed list of exceptions, e.g. for tests. */
  public static HolidayCalendar of(List<CalendarDay> days) {
    List<CalendarDay> copy = List.copyOf(days);
    return new HolidayCalendar(() -> copy);
  }

  /** Reads the exceptions again from the source, e.g. after an administrator loaded a new year. */
  public void reload() {
    days = source.get().stream()
        .collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity()));
  }

  /** The holiday or make-up working day entry for a date, if the calendar has one. */
  public Optional<CalendarDay> entry(LocalDate date) {
    return Optional.ofNullable(days().get(date));
  }

  /** Whether any holiday of the year is loaded; without it only weekends are rest days. */
  public boolean covers(int year) {
    return days().keySet().stream().anyMatch(date -> date.getYear() == year);
  }

  private Map<LocalDate, CalendarDay> days() {
    Map<LocalDate, CalendarDay> current = days;
    if (current == null) {
      reload();
      current = days;
    }
    return current;
  }

  public boolean isRestDay(LocalDate date) {
    return entry(date)
        .map(day -> day.kind() == DayKind.HOLIDAY)
        .orElseGet(() -> isWeekend(date));
  }

  public boolean isWorkingDay(LocalDate date) {
    return !isRestDay(date);
  }

  /** The first working day strictly after the given date. */
  public LocalDate nextWorkingDayAfter(LocalDate date) {
    LocalDate day = date.plusDays(1);
    while (isRestDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }
}
