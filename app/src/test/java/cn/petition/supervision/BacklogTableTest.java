package cn.petition.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.rules.DecisionTables;
import cn.petition.rules.RuleCoverage;
import cn.petition.rules.ShippedTables;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per row of rules/supervision/backlog.drl.xlsx, and a check that every row has one. */
class BacklogTableTest {

  private static final DecisionTables TABLES = ShippedTables.load();
  private static final RuleCoverage COVERAGE = RuleCoverage.record(TABLES, BacklogDecision.RULE_SET);
  private final BacklogDecision decision = new BacklogDecision(TABLES);

  record Case(String row, int repeats, int daysOpen, int letters, int accountability, String warning,
      boolean backlog) {

    BacklogFacts facts() {
      return new BacklogFacts(repeats, daysOpen, letters, accountability, warning);
    }

    @Override
    public String toString() {
      return row + " (" + facts() + ")";
    }
  }

  static Stream<Case> rows() {
    return Stream.of(
        new Case("重复信访3次以上", 3, 10, 0, 0, "NONE", true),
        new Case("重复信访3次以上", 5, 2000, 3, 1, "RED", true),
        new Case("已发问责建议函", 2, 30, 2, 1, "YELLOW", true),
        new Case("红色预警且已发督办函件2份以上", 0, 20, 2, 0, "RED", true),
        new Case("信访老案超过五年未办结", 0, 1826, 0, 0, "NONE", true),
        new Case("办理超过90日未办结", 0, 91, 1, 0, "ORANGE", true),
        new Case("办理超过90日未办结", 2, 1825, 0, 0, null, true),
        new Case("未达积案标准", 2, 90, 1, 0, "RED", false),
        new Case("未达积案标准", 0, 0, 5, 0, "ORANGE", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void decidesEachRow(Case c) {
    Backlog backlog = decision.decide(c.facts()).orElseThrow();
    assertThat(backlog.backlog()).isEqualTo(c.backlog());
    assertThat(backlog.rule()).isEqualTo(c.row());
  }

  @Test
  void everyRowOfTheTableHasACase() {
    rows().forEach(c -> decision.decide(c.facts()));
    COVERAGE.assertEveryRuleFired();
  }
}
