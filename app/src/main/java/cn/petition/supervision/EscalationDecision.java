package cn.petition.supervision;

import cn.petition.rules.DecisionTables;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Decides what a supervision trigger produces, with rules/supervision/escalation.drl.xlsx. */
@Service
public class EscalationDecision {

  /** The RuleSet package of the table. */
  public static final String RULE_SET = "petition.supervision.escalation";

  private final DecisionTables tables;

  public EscalationDecision(DecisionTables tables) {
    this.tables = tables;
  }

  /** The first matching row's decision; empty when no row matches (nothing is issued). */
  public Optional<Escalation> decide(EscalationFacts facts) {
    return tables.decide(facts);
  }
}
