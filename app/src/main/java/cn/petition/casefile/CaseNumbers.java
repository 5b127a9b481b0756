package cn.petition.casefile;

import cn.petition.numbering.Counters;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Draws case numbers XF + date of receipt + five digits (XF2026092800001) from the day's series of
 * {@link Counters}: concurrent intakes never share a number, and a registration that fails after drawing leaves a
 * gap, never a duplicate.
 *
 * <p>A case number is never chosen by a caller: the case process accepts a number as business key only
 * if this thread drew it from the counter for the registration now running ({@link #claim}), so nobody can
 * register under a number the counter has not issued yet and make the next real registration collide.
 */
@Component
public class CaseNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final Counters counters;
  private final ZoneId zone;
  /** Numbers this thread drew for the registration now running and has not used yet. */
  private final ThreadLocal<Set<String>> drawnHere = ThreadLocal.withInitial(HashSet::new);

  public CaseNumbers(Counters counters, ZoneId zone) {
    this.counters = counters;
    this.zone = zone;
  }

  /** Draws a number for a registration in the caller's current transaction (claimable until it ends). */
  public String next(Instant receivedAt) {
    return remember(drawNumber(receivedAt));
  }

  /**
   * Draws a number before the transaction that registers under it begins (so a burst of registrations does not
   * hold one connection while waiting for another), then runs {@code registration} with it: the number is
   * claimable while {@code registration} runs, in this thread, and forgotten afterwards.
   */
  public <T> T drawAhead(Instant receivedAt, Function<String, T> registration) {
    String caseNo = drawNumber(receivedAt);
    Set<String> drawn = drawnHere.get();
    drawn.add(caseNo);
    try {
      return registration.apply(caseNo);
    } finally {
      drawn.remove(caseNo);
    }
  }

  private String drawNumber(Instant receivedAt) {
    String day = DAY.format(receivedAt.atZone(zone));
    return "XF" + day + String.format("%05d", counters.next("CASE-" + day));
  }

  /**
   * True, once, if this thread drew {@code caseNo} from the counter for the registration now running: the proof
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
