package cn.petition.document;

import cn.petition.numbering.Counters;
import org.springframework.stereotype.Component;

/**
 * Document numbers (发文字号) of the notices, per kind and year, e.g. 受告〔2026〕12号: six-sided brackets,
 * the full year, no leading zeros. Drawn from {@link Counters} like the letters' numbers, each kind of notice
 * and year a series of its own (NOTICE-ACCEPTANCE_NOTICE-2026); a notice that loses an insert race leaves a gap, never a
 * duplicate.
 */
@Component
public class DocumentNumbers {

  private final Counters counters;

  public DocumentNumbers(Counters counters) {
    this.counters = counters;
  }

  public String next(NoticeKind kind, int year) {
    return kind.numberCode() + "〔" + year + "〕" + counters.next("NOTICE-" + kind.name() + "-" + year) + "号";
  }
}
