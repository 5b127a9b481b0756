package cn.petition.rules;

/**
 * Thrown when a decision table that must always answer has no row for the given facts.
 * The table has a gap: a rule author adds the missing row and reloads the tables.
 */
public class NoDecisionException extends RuntimeException {

  public NoDecisionException(String ruleSet, Object facts) {
    super("决策表 " + ruleSet + " 没有与以下事实匹配的行, 请补充规则: " + facts);
  }
}
