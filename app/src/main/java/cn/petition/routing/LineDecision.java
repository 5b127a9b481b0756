package cn.petition.routing;

import cn.petition.rules.DecisionTables;
import cn.petition.rules.NoDecisionException;
import org.springframework.stereotype.Service;

/**
 * Decides the line of a petition (两条线), ordinary or 政法 for 涉法涉诉, with
 * rules/routing/line.drl.xlsx (bean {@code lineDecision}).
 */
@Service
public class LineDecision {

  /** The RuleSet package of the table. */
  public static final String RULE_SET = "petition.routing.line";

  private final DecisionTables tables;

  public LineDecision(DecisionTables tables) {
    this.tables = tables;
  }

  /**
   * @param categoryDomain the domain of the petition's category, e.g. LAW_LITIGATION
   * @throws NoDecisionException when no row matches: the table has a gap
   */
  public Line decide(String categoryDomain) {
    LineFacts facts = new LineFacts(categoryDomain);
    return tables.decide(facts).orElseThrow(() -> new NoDecisionException(RULE_SET, facts));
  }
}
