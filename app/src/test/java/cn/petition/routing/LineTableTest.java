package cn.petition.routing;

import static cn.petition.routing.Line.LAW_LITIGATION;
import static cn.petition.routing.Line.ORDINARY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.rules.DecisionTables;
import cn.petition.rules.RuleCoverage;
import cn.petition.rules.ShippedTables;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per row of rules/routing/line.drl.xlsx, and a check that every row has one. */
class LineTableTest {

  private static final DecisionTables TABLES = ShippedTables.load();
  private static final RuleCoverage COVERAGE = RuleCoverage.record(TABLES, LineDecision.RULE_SET);
  private final LineDecision decision = new LineDecision(TABLES);

  record Case(String row, String domain, Line expected) {
    @Override
    public String toString() {
      return row;
    }
  }

  static Stream<Case> rows() {
    return Stream.of(
        new Case("涉法涉诉走政法线", "LAW_LITIGATION", LAW_LITIGATION),
        new Case("民生事项走普通信访线", "LIVELIHOOD", ORDINARY),
        new Case("城市更新事项走普通信访线", "URBAN_RENEWAL", ORDINARY),
        new Case("企业改制事项走普通信访线", "ENTERPRISE_RESTRUCTURING", ORDINARY),
        new Case("其他事项走普通信访线", "OTHER", ORDINARY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void decidesTheLineOfEachRow(Case c) {
    assertThat(decision.decide(c.domain())).isEqualTo(c.expected());
  }

  @Test
  void everyRowOfTheTableHasACase() {
    rows().forEach(c -> decision.decide(c.domain()));
    COVERAGE.assertEveryRuleFired();
  }
}
