package cn.petition.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records which rules of one rule set fired, so that a table test can assert that every row of
 * the table has a test case: a row added without a case fails the build.
 */
public final class RuleCoverage extends DefaultAgendaEventListener {

  private final DecisionTables tables;
  private final String ruleSet;
  private final Set<String> fired = new ConcurrentSkipListSet<>();

  private RuleCoverage(DecisionTables tables, String ruleSet) {
    this.tables = tables;
    this.ruleSet = ruleSet;
  }

  /** Starts recording the rules of {@code ruleSet} that fire in sessions of {@code tables}. */
  public static RuleCoverage record(DecisionTables tables, String ruleSet) {
    RuleCoverage coverage = new RuleCoverage(tables, ruleSet);
    tables.addAgendaEventListener(coverage);
    return coverage;
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    Rule rule = event.getMatch().getRule();
    if (rule.getPackageName().equals(ruleSet)) {
      fired.add(rule.getName());
    }
  }

  /** Asserts that every rule (row) of the rule set fired at least once. */
  public void assertEveryRuleFired() {
    Set<String> notFired = new TreeSet<>();
    tables.kieBase().getKiePackage(ruleSet).getRules().forEach(rule -> notFired.add(rule.getName()));
    assertThat(notFired).as("规则集 %s 的全部规则", ruleSet).isNotEmpty();
    notFired.removeAll(fired);
    assertThat(notFired).as("规则集 %s 中没有测试用例的行 (请为每一行补充用例)", ruleSet).isEmpty();
  }
}
