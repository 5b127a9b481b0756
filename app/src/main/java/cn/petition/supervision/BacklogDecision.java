package cn.petition.supervision;

import cn.petition.rules.DecisionTables;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Decides whether a case is a backlog case (积案), with rules/supervision/backlog.drl.xlsx. */
@Service
public class BacklogDecision {

  /** The RuleSet package of the table. */
  public static final String RULE_SET = "petition.supervision.backlog";

  private final DecisionTables tables;

  public BacklogDecision(DecisionTables tables) {
    this.tables = tables;
  }

  /** The first matching row's decision; empty when no row matches (not a backlog case). */
  public Optional<Backlog> decide(BacklogFacts facts) {
    return tables.decide(facts);
  }
}
