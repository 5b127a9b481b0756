package cn.petition.routing;

import cn.petition.rules.DecisionTables;
import cn.petition.rules.NoDecisionException;
import org.springframework.stereotype.Service;

/**
 * Decides the procedure of a petition, general or simple, with rules/routing/procedure.drl.xlsx
 * (bean {@code procedureDecision}).
 */
@Service
public class ProcedureDecision {

  /** The RuleSet package of the table. */
  public static final String RULE_SET = "petition.routing.procedure";

  private final DecisionTables tables;

  public ProcedureDecision(DecisionTables tables) {
    this.tables = tables;
  }

  /**
   * @throws NoDecisionException when no row matches: the table has a gap
   */
  public Procedure decide(ProcedureFacts facts) {
    return tables.decide(facts).orElseThrow(() -> new NoDecisionException(RULE_SET, facts));
  }
}
