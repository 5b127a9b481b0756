package cn.petition.routing;

import static cn.petition.routing.Procedure.GENERAL;
import static cn.petition.routing.Procedure.SIMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.petition.rules.DecisionTables;
import cn.petition.rules.NoDecisionException;
import cn.petition.rules.RuleCoverage;
import cn.petition.rules.ShippedTables;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per row of rules/routing/procedure.drl.xlsx, and a check that every row has one. */
class ProcedureTableTest {

  private static final DecisionTables TABLES = ShippedTables.load();
  private static final RuleCoverage COVERAGE = RuleCoverage.record(TABLES, ProcedureDecision.RULE_SET);
  private final ProcedureDecision decision = new ProcedureDecision(TABLES);

  record Case(String row, String domain, int persons, int petitioners, boolean repeat,
      boolean skipLevel, boolean extreme, Procedure expected) {

    ProcedureFacts facts() {
      return new ProcedureFacts(domain, persons, petitioners, repeat, skipLevel, extreme);
    }

    @Override
    public String toString() {
      return row;
    }
  }

  static Stream<Case> rows() {
    return Stream.of(
        new Case("重复信访适用普通程序", "LIVELIHOOD", 1, 1, true, false, false, GENERAL),
        new Case("多人信访适用普通程序", "LIVELIHOOD", 2, 1, false, false, false, GENERAL),
        new Case("多名信访人适用普通程序", "OTHER", 1, 2, false, false, false, GENERAL),
        new Case("越级访适用普通程序", "OTHER", 1, 1, false, true, false, GENERAL),
        new Case("极端行为适用普通程序", "LIVELIHOOD", 1, 1, false, false, true, GENERAL),
        new Case("城市更新领域适用普通程序", "URBAN_RENEWAL", 1, 1, false, false, false, GENERAL),
        new Case("涉法涉诉领域适用普通程序", "LAW_LITIGATION", 1, 1, false, false, false, GENERAL),
        new Case("企业改制领域适用普通程序", "ENTERPRISE_RESTRUCTURING", 1, 1, false, false, false, GENERAL),
        new Case("民生领域初信初访适用简易程序", "LIVELIHOOD", 1, 1, false, false, false, SIMPLE),
        new Case("其他领域初信初访适用简易程序", "OTHER", 1, 1, false, false, false, SIMPLE),
        new Case("集体访兼越级访仍为普通程序", "LIVELIHOOD", 6, 5, true, true, false, GENERAL));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void decidesTheProcedureOfEachRow(Case c) {
    assertThat(decision.decide(c.facts())).isEqualTo(c.expected());
  }

  @Test
  void everyRowOfTheTableHasACase() {
    rows().forEach(c -> decision.decide(c.facts()));
    COVERAGE.assertEveryRuleFired();
  }

  @Test
  void anUnknownDomainIsAGapInTheTable() {
    assertThatThrownBy(() -> decision.decide(new ProcedureFacts("UNKNOWN", 1, 1, false, false, false)))
        .isInstanceOf(NoDecisionException.class)
        .hasMessageContaining(ProcedureDecision.RULE_SET)
        .hasMessageContaining("UNKNOWN");
  }
}
