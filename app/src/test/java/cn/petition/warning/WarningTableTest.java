package cn.petition.warning;

import static cn.petition.warning.WarningLevel.NONE;
import static cn.petition.warning.WarningLevel.ORANGE;
import static cn.petition.warning.WarningLevel.RED;
import static cn.petition.warning.WarningLevel.YELLOW;
import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.rules.DecisionTables;
import cn.petition.rules.RuleCoverage;
import cn.petition.rules.ShippedTables;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per row of rules/warning/warning.drl.xlsx (and the precedence between rows), and a check that every row has one. */
class WarningTableTest {

  private static final DecisionTables TABLES = ShippedTables.load();
  private static final RuleCoverage COVERAGE = RuleCoverage.record(TABLES, WarningDecision.RULE_SET);
  private final WarningDecision decision = new WarningDecision(TABLES);

  record Case(String row, int persons, boolean skipLevel, int repeats, boolean extreme, String domain,
      WarningLevel text, WarningLevel expected) {

    WarningFacts facts() {
      return new WarningFacts(persons, skipLevel, repeats, extreme, domain, text);
    }

    @Override
    public String toString() {
      return row;
    }
  }

  static Stream<Case> rows() {
    return Stream.of(
        new Case("极端行为（自伤自残、堵门堵路）为红色", 1, false, 0, true, "OTHER", NONE, RED),
        new Case("信访内容有红色预警词（轻生、跳楼等）为红色", 1, false, 0, false, "OTHER", RED, RED),
        new Case("重点领域集体访且扬言堵路进京等为红色", 6, false, 0, false, "URBAN_RENEWAL", ORANGE, RED),
        new Case("集体访兼越级访为红色", 5, true, 0, false, "OTHER", NONE, RED),
        new Case("集体访（5人以上）为橙色", 5, false, 0, false, "LIVELIHOOD", NONE, ORANGE),
        new Case("越级重复信访为橙色", 1, true, 1, false, "LIVELIHOOD", NONE, ORANGE),
        new Case("信访内容有橙色预警词（堵路、进京等）为橙色", 1, false, 0, false, "OTHER", ORANGE, ORANGE),
        new Case("第三次及以上重复信访为橙色", 1, false, 2, false, "OTHER", NONE, ORANGE),
        new Case("越级访为黄色", 1, true, 0, false, "OTHER", NONE, YELLOW),
        new Case("重复信访为黄色", 1, false, 1, false, "OTHER", NONE, YELLOW),
        new Case("重点领域多人信访为黄色", 2, false, 0, false, "ENTERPRISE_RESTRUCTURING", NONE, YELLOW),
        new Case("信访内容有黄色预警词（集体、媒体等）为黄色", 1, false, 0, false, "OTHER", YELLOW, YELLOW),
        new Case("其余不预警", 1, false, 0, false, "LIVELIHOOD", NONE, NONE),
        // Boundaries and precedence
        new Case("4人不是集体访", 4, false, 0, false, "OTHER", NONE, NONE),
        new Case("4人重点领域为黄色而非橙色", 4, false, 0, false, "LAW_LITIGATION", NONE, YELLOW),
        new Case("非重点领域集体访扬言堵路为橙色", 6, false, 0, false, "OTHER", ORANGE, ORANGE),
        new Case("集体访扬言轻生仍为红色", 6, false, 0, false, "OTHER", RED, RED),
        new Case("其他领域多人不预警", 3, false, 0, false, "OTHER", NONE, NONE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void decidesTheColourOfEachRow(Case c) {
    assertThat(decision.decide(c.facts()).level()).isEqualTo(c.expected());
  }

  @Test
  void theResultNamesTheRow() {
    assertThat(decision.decide(new WarningFacts(1, true, 0, false, "OTHER", NONE)).rule()).isEqualTo("越级访为黄色");
  }

  @Test
  void everyRowOfTheTableHasACase() {
    rows().forEach(c -> decision.decide(c.facts()));
    COVERAGE.assertEveryRuleFired();
  }
}
