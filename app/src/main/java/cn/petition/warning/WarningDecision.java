package cn.petition.warning;

import cn.petition.rules.DecisionTables;
import cn.petition.rules.NoDecisionException;
import org.springframework.stereotype.Service;

/** Decides the three-colour warning with rules/warning/warning.drl.xlsx (bean {@code warningDecision}). */
@Service
public class WarningDecision {

  /** The RuleSet package of the table. */
  public static final String RULE_SET = "petition.warning.warning";

  private final DecisionTables tables;

  public WarningDecision(DecisionTables tables) {
    this.tables = tables;
  }

  /** @throws NoDecisionException when no row matches: the table has a gap */
  public WarningResult decide(WarningFacts facts) {
    return tables.decide(facts).orElseThrow(() -> new NoDecisionException(RULE_SET, facts));
  }
}
