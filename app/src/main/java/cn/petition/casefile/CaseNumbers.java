package cn.petition.casefile;

import cn.petition.numbering.Counters;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Draws case numbers XF + date of receipt + five digits (XF2026092800001) from the day's series of
 * {@link Counters}: concurrent intakes never share a number, and a registration that fails after drawing leaves a
 * gap, never a duplicate.
 *
 * <p>A case number is never chosen by a caller: the case process accepts a number as business key only
 * if this thread drew it from the counter in its current transaction ({@link #claim}), so nobody can
 * register under a number the counter has not issued yet and make the next real registration collide.
 */
@Component
public class CaseNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final Counters counters;
  private final ZoneId zone;
  /** Numbers this thread drew in its current transaction and has not used yet. */
  private final ThreadLocal<Set<String>> drawnHere = ThreadLocal.withInitial(HashSet::new);

  public CaseNumbers(Counters counters, ZoneId zone) {
    this.counters = counters;
    this.zone = zone;
  }

  public String next(Instant receivedAt) {
    String day = DAY.format(receivedAt.atZone(zone));
    return remember("XF" + day + String.format("%05d", counters.next("CASE-" + day)));
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

  public static boolean looksLikeCaseNumber(String value) {
    return value != null && value.matches("XF\\d{13}");
  }
}
