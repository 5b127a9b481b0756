package cn.petition.deadline;

import java.util.Objects;

/**
 * A statutory or configured time limit.
 *
 * @param amount how many units (days or hours), not negative
 * @param unit the day type
 * @param basis the legal basis in Chinese, shown beside the deadline
 */
public record TimeLimit(int amount, TimeUnitKind unit, String basis) {

  public TimeLimit {
    if (amount < 0) {
      throw new IllegalArgumentException("时限不能为负数：" + amount);
    }
    Objects.requireNonNull(unit, "unit");
    basis = basis == null ? "" : basis;
  }

  /** E.g. "5个自然日". */
  public String describe() {
    return amount + "个" + unit.label();
  }
}
