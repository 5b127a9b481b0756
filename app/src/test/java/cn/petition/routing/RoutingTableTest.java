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

/** One case per row of rules/routing/routing.drl.xlsx, and a check that every row has one. */
class RoutingTableTest {

  private static final DecisionTables TABLES = ShippedTables.load();
  private static final RuleCoverage COVERAGE = RuleCoverage.record(TABLES, RoutingDecision.RULE_SET);
  private final RoutingDecision decision = new RoutingDecision(TABLES);

  record Case(String category, Line line, String region, String department, String rule) {
    @Override
    public String toString() {
      return rule + ": " + category + " @ " + region + " → " + department;
    }
  }

  static Stream<Case> rows() {
    return Stream.of(
        new Case("ENFORCEMENT", LAW_LITIGATION, "330100-01", "ZFW", "涉法涉诉交县委政法委"),
        new Case("LITIGATION", LAW_LITIGATION, null, "ZFW", "涉法涉诉交县委政法委"),
        new Case("URBAN_RENEWAL", ORDINARY, "330100-01", "ZJJ", "城市更新类交住建局"),
        new Case("OLD_COMMUNITY", ORDINARY, "330100-02", "ZJJ", "城市更新类交住建局"),
        new Case("DEMOLITION", ORDINARY, null, "ZJJ", "城市更新类交住建局"),
        new Case("LAND_RESOURCES", ORDINARY, "330100-03", "ZRZYJ", "国土资源类交自然资源局"),
        new Case("EDUCATION", ORDINARY, "330100-01", "JYJ", "教育类交教育局"),
        new Case("EMPLOYMENT", ORDINARY, "330100-02", "RSJ", "就业社保和职工安置类交人社局"),
        new Case("WORKER_RESETTLEMENT", ORDINARY, null, "RSJ", "就业社保和职工安置类交人社局"),
        new Case("MEDICAL", ORDINARY, "330100-01", "JD01", "属地事项交城关街道"),
        new Case("NEIGHBOURHOOD", ORDINARY, "330100-01", "JD01", "属地事项交城关街道"),
        new Case("ELDERLY_CHILDCARE", ORDINARY, "330100-02", "JD02", "属地事项交东湖街道"),
        new Case("OTHER", ORDINARY, "330100-02", "JD02", "属地事项交东湖街道"),
        new Case("NEIGHBOURHOOD", ORDINARY, "330100-03", "JD03", "属地事项交西山镇"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void routesEachRowToItsDepartment(Case c) {
    assertThat(decision.decide(c.category(), c.line(), c.region()))
        .contains(new RoutingResult(c.department(), c.rule()));
  }

  @Test
  void everyRowOfTheTableHasACase() {
    rows().forEach(c -> decision.decide(c.category(), c.line(), c.region()));
    COVERAGE.assertEveryRuleFired();
  }

  @Test
  void withoutAMatchingRowTheFirstContactDepartmentKeepsTheCase() {
    assertThat(decision.decide("MEDICAL", ORDINARY, "999999")).isEmpty();
    assertThat(decision.decide("MEDICAL", ORDINARY, null)).isEmpty();
    assertThat(decision.decide("ENFORCEMENT", ORDINARY, "330100-01")).isEmpty();
  }
}
