package cn.petition.deadline;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and replaces a year's holiday schedule in table calendar_day. */
@Service
public class HolidayCalendarAdmin {

  private final CalendarDayMapper mapper;

  public HolidayCalendarAdmin(CalendarDayMapper mapper) {
    this.mapper = mapper;
  }

  public List<CalendarDay> year(int year) {
    return mapper.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** Replaces all rows of the year in one transaction; the days must lie inside the year. */
  @Transactional
  public List<CalendarDay> replaceYear(int year, List<CalendarDay> days) {
    mapper.deleteBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    days.forEach(mapper::insert);
    return year(year);
  }
}
