package cn.petition.supervision;

import cn.petition.numbering.Counters;
import org.springframework.stereotype.Component;

/**
 * Draws letter numbers per kind and year, e.g. 督〔2026〕17号, from the (kind, year) series of {@link Counters}:
 * concurrent issuers never share a number, and a letter that loses an insert race leaves a gap, never a duplicate.
 */
@Component
public class LetterNumbers {

  private final Counters counters;

  public LetterNumbers(Counters counters) {
    this.counters = counters;
  }

  public String next(LetterKind kind, int year) {
    return format(kind, year, counters.next("LETTER-" + kind.name() + "-" + year));
  }

  public static String format(LetterKind kind, int year, int number) {
    return kind.prefix() + "〔" + year + "〕" + number + "号";
  }
}
