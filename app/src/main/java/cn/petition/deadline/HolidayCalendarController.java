package cn.petition.deadline;

import cn.petition.deadline.CalendarYearValidator.InvalidCalendarException;
import cn.petition.org.PetitionUser;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Administration of the holiday calendar: each year's schedule is published around November and
 * loaded here as data. Reading is open to every logged-in user; replacing a year needs group
 * camunda-admin or supervisor.
 */
@RestController
@RequestMapping("/api/calendar")
public class HolidayCalendarController {

  private static final Set<String> EDITORS = Set.of(
      "GROUP_" + PetitionUser.ADMIN_GROUP, "GROUP_" + PetitionUser.SUPERVISOR_GROUP);

  private final HolidayCalendarAdmin admin;
  private final CalendarYearValidator validator;
  private final HolidayCalendar calendar;

  public HolidayCalendarController(HolidayCalendarAdmin admin, CalendarYearValidator validator,
      HolidayCalendar calendar) {
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
      @RequestBody List<CalendarDayInput> days, Authentication authentication) {
    boolean editor = authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority).anyMatch(EDITORS::contains);
    if (!editor) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有系统管理员或督查人员可以维护节假日安排");
    }
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
