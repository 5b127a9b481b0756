package cn.petition.deadline;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks a year's holiday schedule before it replaces the stored one: bean validation on each day,
 * then the checks across fields and days (date format, inside the year, no duplicate dates).
 */
@Component
public class CalendarYearValidator {

  private final Validator validator;

  public CalendarYearValidator(Validator validator) {
    this.validator = validator;
  }

  /** The year itself, if it is a plausible calendar year (2000 to 2100). */
  public int checkYear(int year) {
    if (year < 2000 || year > 2100) {
      throw new InvalidCalendarException(List.of(new FieldError("year", "年份应在2000至2100之间：" + year)));
    }
    return year;
  }

  /**
   * The validated days.
   *
   * @throws InvalidCalendarException naming every bad field, e.g. {@code [2].date}
   */
  public List<CalendarDay> validate(int year, List<CalendarDayInput> input) {
    checkYear(year);
    List<FieldError> errors = new ArrayList<>();
    if (input == null) {
      throw new InvalidCalendarException(List.of(new FieldError("", "请求体必须是日期列表")));
    }
    List<CalendarDay> days = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < input.size(); i++) {
      String prefix = "[" + i + "].";
      CalendarDayInput day = input.get(i);
      if (day == null) {
        errors.add(new FieldError("[" + i + "]", "不能为空"));
        continue;
      }
      validator.validate(day).forEach(violation -> errors.add(
          new FieldError(prefix + violation.getPropertyPath(), violation.getMessage())));
      LocalDate date = parse(day.date(), prefix, year, seen, errors);
      if (date != null && errors.isEmpty()) {
        days.add(new CalendarDay(date, DayKind.valueOf(day.kind()), day.name().strip()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidCalendarException(errors);
    }
    return days;
  }

  private static LocalDate parse(String text, String prefix, int year, Set<LocalDate> seen,
      List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(prefix + "date", "日期格式应为 yyyy-MM-dd：" + text));
      return null;
    }
    if (date.getYear() != year) {
      errors.add(new FieldError(prefix + "date", "日期" + date + "不在" + year + "年内"));
      return null;
    }
    if (!seen.add(date)) {
      errors.add(new FieldError(prefix + "date", "日期" + date + "重复"));
      return null;
    }
    return date;
  }

  /**
   * One validation problem, reported in the ProblemDetail's {@code errors} list.
   *
   * @param field path of the bad field in the request body, e.g. {@code [0].kind}
   * @param message what is wrong, in Chinese
   */
  public record FieldError(String field, String message) {}

  /** The schedule is invalid; becomes a 400 problem with an {@code errors} list. */
  public static class InvalidCalendarException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidCalendarException(List<FieldError> errors) {
      super("节假日安排有误：" + errors);
      this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
      return errors;
    }
  }
}
