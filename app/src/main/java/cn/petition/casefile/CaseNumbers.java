package cn.petition.casefile;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Draws case numbers XF + date of receipt + five digits (XF2026092800001). Each number is drawn in
 * a short transaction of its own that locks the day's counter row, so concurrent intakes never
 * share a number and do not wait for each other's process start. The first draws of a new day may
 * collide on creating the day's row (a duplicate key, or a deadlock on MySQL); the draw is then
 * simply repeated. A registration that fails after drawing leaves a gap, never a duplicate.
 */
@Component
public class CaseNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final int ATTEMPTS = 10;

  private final CaseNumberMapper mapper;
  private final TransactionTemplate ownTransaction;
  private final ZoneId zone;

  public CaseNumbers(CaseNumberMapper mapper, PlatformTransactionManager transactionManager,
      ZoneId zone) {
    this.mapper = mapper;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.zone = zone;
  }

  public String next(Instant receivedAt) {
    String day = DAY.format(receivedAt.atZone(zone));
    for (int attempt = 1; ; attempt++) {
      try {
        Integer number = ownTransaction.execute(status -> draw(day));
        return "XF" + day + String.format("%05d", number);
      } catch (DuplicateKeyException | ConcurrencyFailureException collision) {
        if (attempt == ATTEMPTS) {
          throw collision;
        }
      }
    }
  }

  private int draw(String day) {
    if (mapper.increment(day) == 0) {
      mapper.start(day);
    }
    return mapper.current(day);
  }

  public static boolean looksLikeCaseNumber(String value) {
    return value != null && value.matches("XF\\d{13}");
  }
}
