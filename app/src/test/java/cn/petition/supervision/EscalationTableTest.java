package cn.petition.supervision;

import static cn.petition.supervision.LetterKind.ACCOUNTABILITY_LETTER;
import static cn.petition.supervision.LetterKind.NOTICE;
import static cn.petition.supervision.LetterKind.RISK_REMINDER_LETTER;
import static cn.petition.supervision.LetterKind.SUPERVISION_LETTER;
import static cn.petition.supervision.Recipient.DISCIPLINE;
import static cn.petition.supervision.Recipient.HANDLER;
import static cn.petition.supervision.Recipient.HANDLING_LEADER;
import static cn.petition.supervision.Recipient.RESPONSIBLE_LEADER;
import static cn.petition.supervision.SupervisionStage.APPROACHING;
import static cn.petition.supervision.SupervisionStage.DUE;
import static cn.petition.supervision.SupervisionStage.OVERDUE;
import static cn.petition.supervision.SupervisionStage.UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.rules.DecisionTables;
import cn.petition.rules.RuleCoverage;
import cn.petition.rules.ShippedTables;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per row of rules/supervision/escalation.drl.xlsx, and a check that every row has one. */
class EscalationTableTest {

  private static final DecisionTables TABLES = ShippedTables.load();
  private static final RuleCoverage COVERAGE = RuleCoverage.record(TABLES, EscalationDecision.RULE_SET);
  private final EscalationDecision decision = new EscalationDecision(TABLES);

  record Case(String row, SupervisionStage stage, int daysLate, String warning, int letters, String procedure,
      String line, LetterKind kind, Recipient recipient) {

    EscalationFacts facts() {
      return new EscalationFacts(stage, daysLate, warning, letters, procedure, line);
    }

    @Override
    public String toString() {
      return row;
    }
  }

  static Stream<Case> rows() {
    return Stream.of(
        new Case("红色预警临期即发风险提醒函", APPROACHING, 0, "RED", 0, "GENERAL", "ORDINARY",
            RISK_REMINDER_LETTER, RESPONSIBLE_LEADER),
        new Case("橙色红色预警到期发风险提醒函", DUE, 0, "ORANGE", 0, "SIMPLE", "ORDINARY",
            RISK_REMINDER_LETTER, RESPONSIBLE_LEADER),
        new Case("临期提示经办人", APPROACHING, 0, "ORANGE", 0, "GENERAL", "ORDINARY", NOTICE, HANDLER),
        new Case("到期未办结发督办函", DUE, 0, "NONE", 0, "GENERAL", "LAW_LITIGATION", SUPERVISION_LETTER,
            HANDLING_LEADER),
        new Case("逾期满3日发问责建议函", OVERDUE, 3, "RED", 1, "SIMPLE", "ORDINARY", ACCOUNTABILITY_LETTER,
            DISCIPLINE),
        new Case("逾期未满3日再次督办", OVERDUE, 2, "NONE", 1, "GENERAL", "ORDINARY", SUPERVISION_LETTER,
            HANDLING_LEADER),
        new Case("已发两函仍未回复提请问责", UNANSWERED, 8, "NONE", 2, "GENERAL", "ORDINARY",
            ACCOUNTABILITY_LETTER, DISCIPLINE),
        new Case("函件逾期未复发风险提醒函", UNANSWERED, 5, "YELLOW", 1, "GENERAL", "ORDINARY",
            RISK_REMINDER_LETTER, RESPONSIBLE_LEADER),
        new Case("橙色红色预警即发风险提醒函", SupervisionStage.HIGH_RISK, 0, "ORANGE", 0, "SIMPLE", "ORDINARY",
            RISK_REMINDER_LETTER, RESPONSIBLE_LEADER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void decidesEachRow(Case c) {
    Escalation escalation = decision.decide(c.facts()).orElseThrow();
    assertThat(escalation.kind()).isEqualTo(c.kind());
    assertThat(escalation.recipient()).isEqualTo(c.recipient());
    assertThat(escalation.rule()).isEqualTo(c.row());
  }

  @Test
  void aYellowWarningIsNoHighRisk() {
    assertThat(decision.decide(new Case("", SupervisionStage.HIGH_RISK, 0, "YELLOW", 0, "GENERAL", "ORDINARY",
        RISK_REMINDER_LETTER, RESPONSIBLE_LEADER).facts())).isEmpty();
  }

  @Test
  void everyRowOfTheTableHasACase() {
    rows().forEach(c -> decision.decide(c.facts()));
    COVERAGE.assertEveryRuleFired();
  }

  @Test
  void aNullWarningCountsAsNone() {
    assertThat(decision.decide(new EscalationFacts(DUE, 0, null, 0, "GENERAL", "ORDINARY")))
        .map(Escalation::kind).contains(SUPERVISION_LETTER);
  }
}
