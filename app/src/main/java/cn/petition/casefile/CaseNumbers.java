package cn.petition.casefile;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws case numbers XF + date of receipt + five digits (XF2026092800001). Each number is drawn in
 * a short transaction of its own that locks the day's counter row, so concurrent intakes never
 * share a number and do not wait for each other's process start. A registration that fails after
 * drawing leaves a gap in the day's numbers, never a duplicate.
 */
@Component
public class CaseNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final CaseNumberMapper mapper;
  private final ZoneId zone;

  public CaseNumbers(CaseNumberMapper mapper, @Value("${petition.zone}") String zone) {
    this.mapper = mapper;
    this.zone = ZoneId.of(zone);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public String next(Instant receivedAt) {
    String day = DAY.format(receivedAt.atZone(zone));
    if (mapper.increment(day) == 0) {
      try {
        mapper.start(day);
      } catch (DuplicateKeyException anotherIntakeStartedTheDay) {
        mapper.increment(day);
      }
    }
    return "XF" + day + String.format("%05d", mapper.current(day));
  }

  public static boolean looksLikeCaseNumber(String value) {
    return value != null && value.matches("XF\\d{13}");
  }
}
