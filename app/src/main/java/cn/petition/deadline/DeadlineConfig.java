package cn.petition.deadline;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the holiday calendar (backed by table calendar_day) and the deadline calculator. */
@Configuration
@EnableConfigurationProperties(DeadlineProperties.class)
public class DeadlineConfig {

  @Bean
  HolidayCalendar holidayCalendar(CalendarDayMapper mapper) {
    return new HolidayCalendar(mapper::findAll);
  }

  @Bean
  DeadlineCalculator deadlineCalculator(HolidayCalendar calendar,
      @Value("${petition.zone:Asia/Shanghai}") String zone) {
    return new DeadlineCalculator(calendar, ZoneId.of(zone));
  }
}
