package cn.petition.deadline;

import cn.petition.deadline.CalendarYearValidator.InvalidCalendarException;
import cn.petition.org.CurrentUser;
import cn.petition.org.WriteRoles;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration of the holiday calendar: each year's schedule is published around November and
 * loaded here as data. Reading is open to every logged-in user; replacing a year needs group
 * camunda-admin (supervisors only read).
 */
@RestController
@RequestMapping("/api/calendar")
public class HolidayCalendarController {

  private final HolidayCalendarAdmin admin;
  private final CalendarYearValidator validator;
  private final HolidayCalendar calendar;
  private final CurrentUser currentUser;

  public HolidayCalendarController(HolidayCalendarAdmin admin, CalendarYearValidator validator,
      HolidayCalendar calendar, CurrentUser currentUser) {
    this.currentUser = currentUser;
    this.admin = admin;
    this.validator = validator;
    this.calendar = calendar;
  }

  /** The year's holidays and make-up working days, by date. */
  @GetMapping("/{year}")
  public List<CalendarDay> year(@PathVariable int year) {
    return admin.year(validator.checkYear(year));
  }

  /** Replaces the year's schedule with the given days and reloads the calendar. */
  @PutMapping("/{year}")
  public List<CalendarDay> replaceYear(@PathVariable int year,
      @RequestBody List<CalendarDayInput> days) {
    WriteRoles.requireAdmin(currentUser.get(), "维护节假日安排");
    List<CalendarDay> stored = admin.replaceYear(year, validator.validate(year, days));
    calendar.reload();
    return stored;
  }

  @ExceptionHandler(InvalidCalendarException.class)
  ProblemDetail invalid(InvalidCalendarException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "节假日安排校验未通过");
    problem.setTitle("请求数据有误");
    problem.setProperty("errors", e.errors());
    return problem;
  }
}
