package cn.petition.casefile;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Draws case numbers XF + date of receipt + five digits (XF2026092800001). Each number is drawn in
 * a short transaction of its own that locks the day's counter row, so concurrent intakes never
 * share a number and do not wait for each other's process start. The first draws of a new day may
 * collide on creating the day's row (a duplicate key, or a deadlock on MySQL); the draw is then
 * simply repeated. A registration that fails after drawing leaves a gap, never a duplicate.
 *
 * <p>A case number is never chosen by a caller: the case process accepts a number as business key only
 * if this thread drew it from the counter in its current transaction ({@link #claim}), so nobody can
 * register under a number the counter has not issued yet and make the next real registration collide.
 */
@Component
public class CaseNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final int ATTEMPTS = 10;

  private final CaseNumberMapper mapper;
  private final TransactionTemplate ownTransaction;
  private final ZoneId zone;
  /** Numbers this thread drew in its current transaction and has not used yet. */
  private final ThreadLocal<Set<String>> drawnHere = ThreadLocal.withInitial(HashSet::new);

  public CaseNumbers(CaseNumberMapper mapper, PlatformTransactionManager transactionManager,
      @Value("${petition.zone}") String zone) {
    this.mapper = mapper;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.zone = ZoneId.of(zone);
  }

  public String next(Instant receivedAt) {
    String day = DAY.format(receivedAt.atZone(zone));
    for (int attempt = 1; ; attempt++) {
      try {
        Integer number = ownTransaction.execute(status -> draw(day));
        return remember("XF" + day + String.format("%05d", number));
      } catch (DuplicateKeyException | ConcurrencyFailureException collision) {
        if (attempt == ATTEMPTS) {
          throw collision;
        }
      }
    }
  }

  /**
   * True, once, if this thread drew {@code caseNo} from the counter in its current transaction: the proof
   * that a business key was not chosen by whoever started the process.
   */
  public boolean claim(String caseNo) {
    return caseNo != null && drawnHere.get().remove(caseNo);
  }

  /** Keeps a drawn number claimable until the caller's transaction ends. */
  private String remember(String caseNo) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      Set<String> drawn = drawnHere.get();
      drawn.add(caseNo);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          drawn.remove(caseNo);
        }
      });
    }
    return caseNo;
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
