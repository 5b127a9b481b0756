package cn.petition.supervision;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws letter numbers per kind and year, e.g. 督〔2026〕17号, in a short transaction of its own that
 * locks the (kind, year) counter row: concurrent issuers never share a number and do not hold the
 * lock for the rest of their job. A letter that loses an insert race leaves a gap, never a duplicate.
 */
@Component
public class LetterNumbers {

  private final LetterNumberMapper mapper;

  public LetterNumbers(LetterNumberMapper mapper) {
    this.mapper = mapper;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public String next(LetterKind kind, int year) {
    return format(kind, year, nextValue(kind.name(), year));
  }

  /**
   * The next value of a counter in a year, for documents other than letters that are numbered the same
   * way (e.g. the notices to petitioners, counted by their kind).
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public int nextValue(String counter, int year) {
    if (mapper.increment(counter, year) == 0) {
      try {
        mapper.start(counter, year);
      } catch (DuplicateKeyException anotherIssuerStartedTheYear) {
        mapper.increment(counter, year);
      }
    }
    return mapper.current(counter, year);
  }

  public static String format(LetterKind kind, int year, int number) {
    return kind.prefix() + "〔" + year + "〕" + number + "号";
  }
}
