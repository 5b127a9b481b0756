package cn.petition.deadline;

import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the holiday calendar (backed by table calendar_day) and the deadline calculator. */
@Configuration
public class DeadlineConfig {

  @Bean
  HolidayCalendar holidayCalendar(CalendarDayMapper mapper) {
    return new HolidayCalendar(mapper::findAll);
  }

  @Bean
  DeadlineCalculator deadlineCalculator(HolidayCalendar calendar, ZoneId zone) {
    return new DeadlineCalculator(calendar, zone);
  }
}
