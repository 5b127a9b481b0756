package cn.petition.numbering;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Running numbers, one series each (the case numbers of a day, the letters of a kind and year). Each number is
 * drawn in a short transaction of its own that locks the series' row, so concurrent callers never share a number
 * and do not wait for each other's longer work. The first draws of a new series may collide on creating its row (a
 * duplicate key, or a deadlock on MySQL); the draw is then simply repeated. A caller that fails after drawing
 * leaves a gap, never a duplicate.
 */
@Component
public class Counters {

  private static final int ATTEMPTS = 10;

  private final CounterMapper mapper;
  private final TransactionTemplate ownTransaction;

  public Counters(CounterMapper mapper, PlatformTransactionManager transactionManager) {
    this.mapper = mapper;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next number of the series, 1 for a new one. */
  public int next(String series) {
    for (int attempt = 1; ; attempt++) {
      try {
        return ownTransaction.execute(status -> draw(series));
      } catch (DuplicateKeyException | ConcurrencyFailureException collision) {
        if (attempt == ATTEMPTS) {
          throw collision;
        }
      }
    }
  }

  private int draw(String series) {
    if (mapper.increment(series) == 0) {
      mapper.start(series);
    }
    return mapper.current(series);
  }
}
