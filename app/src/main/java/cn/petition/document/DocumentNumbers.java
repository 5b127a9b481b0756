package cn.petition.document;

import cn.petition.supervision.LetterNumbers;
import org.springframework.stereotype.Component;

/**
 * Document numbers (发文字号) of the notices, per kind and year, e.g. 受告〔2026〕12号: six-sided brackets,
 * the full year, no leading zeros. Drawn from the same counters as the letters' numbers, each kind of
 * notice on a counter of its own; a notice that loses an insert race leaves a gap, never a duplicate.
 */
@Component
public class DocumentNumbers {

  private final LetterNumbers counters;

  public DocumentNumbers(LetterNumbers counters) {
    this.counters = counters;
  }

  public String next(NoticeKind kind, int year) {
    return kind.numberCode() + "〔" + year + "〕" + counters.nextValue(kind.name(), year) + "号";
  }
}
