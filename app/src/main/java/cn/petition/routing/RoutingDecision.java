package cn.petition.routing;

import cn.petition.rules.DecisionTables;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Decides the competent department of a petition (分类流转) with rules/routing/routing.drl.xlsx
 * (bean {@code routingDecision}).
 *
 * <p>An empty result is a normal outcome, not an error: no row covers the combination (e.g. an
 * unknown place of occurrence), so the caller keeps the case with the first-contact department
 * (首接部门兜底), which owns it until it routes it by hand.
 */
@Service
public class RoutingDecision {

  /** The RuleSet package of the table. */
  public static final String RULE_SET = "petition.routing.routing";

  private final DecisionTables tables;

  public RoutingDecision(DecisionTables tables) {
    this.tables = tables;
  }

  /**
   * @param categoryCode the petition category, e.g. EDUCATION
   * @param line the line from {@link LineDecision}
   * @param occurrenceRegion region code of the place of occurrence (事发地), e.g. 330100-01; may be null
   * @return the department and the row that chose it, or empty: the first-contact department keeps the case
   */
  public Optional<RoutingResult> decide(String categoryCode, Line line, String occurrenceRegion) {
    return tables.decide(new RoutingFacts(categoryCode, line, occurrenceRegion));
  }
}
