package cn.petition.casefile;

import cn.petition.numbering.Counters;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Draws case numbers XF + date of receipt + five digits (XF2026092800001) from the day's series of
 * {@link Counters}: concurrent intakes never share a number, and a registration that fails after drawing leaves a
 * gap, never a duplicate.
 */
@Component
public class CaseNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final Counters counters;
  private final ZoneId zone;

  public CaseNumbers(Counters counters, ZoneId zone) {
    this.counters = counters;
    this.zone = zone;
  }

  public String next(Instant receivedAt) {
    String day = DAY.format(receivedAt.atZone(zone));
    return "XF" + day + String.format("%05d", counters.next("CASE-" + day));
  }

  public static boolean looksLikeCaseNumber(String value) {
    return value != null && value.matches("XF\\d{13}");
  }
}
