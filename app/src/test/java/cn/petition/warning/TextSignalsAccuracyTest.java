package cn.petition.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the text signal on the labelled sentence sets
 * (src/test/resources/warning/labelled-sentences.csv and labelled-sentences-holdout.csv), per colour,
 * over the three colours and for the online-opinion flag, with the shipped phrase list. The figures are
 * printed as the tables of the README (三色预警 → 文本信号的准确度); the thresholds fail the build when a
 * change of the list or of the matcher makes the signal worse.
 */
class TextSignalsAccuracyTest {

  private static final TextSignals SIGNALS = new TextSignals("classpath:rules/warning/phrases.txt", true);
  private static final List<WarningLevel> COLOURS = List.of(WarningLevel.RED, WarningLevel.ORANGE, WarningLevel.YELLOW);
  private static final List<Outcome> OUTCOMES = new ArrayList<>();

  record Outcome(LabelledSentence labelled, WarningLevel level, boolean online, String explained) {

    boolean right() {
      return level == labelled.level() && online == labelled.online();
    }
  }

  /** Counts of one class: predicted and expected both in it, predicted only, expected only. */
  record Score(String name, int truePositives, int falsePositives, int falseNegatives) {

    double precision() {
      return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
      return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    Score plus(Score other) {
      return new Score(name, truePositives + other.truePositives, falsePositives + other.falsePositives,
          falseNegatives + other.falseNegatives);
    }

    String row() {
      return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f |", name, truePositives + falseNegatives,
          falsePositives, falseNegatives, precision(), recall());
    }
  }

  @BeforeAll
  static void analyseTheSets() {
    for (String set : List.of(LabelledSentence.DEVELOPMENT, LabelledSentence.HOLDOUT)) {
      for (LabelledSentence s : LabelledSentence.load(set)) {
        TextSignal signal = SIGNALS.analyse(s.sentence());
        OUTCOMES.add(new Outcome(s, signal.strongest(), signal.onlineRisk(), signal.explain()));
      }
    }
    print("开发句集", o -> o.labelled().set().equals(LabelledSentence.DEVELOPMENT));
    print("留出句集", o -> o.labelled().set().equals(LabelledSentence.HOLDOUT));
    print("合计", o -> true);
    OUTCOMES.stream().filter(o -> !o.right()).forEach(o -> System.out.println("不一致 " + o.labelled().set() + ":"
        + o.labelled().line() + " " + o.labelled().sentence() + " 应为 " + o.labelled().level()
        + (o.labelled().online() ? "+舆情" : "") + "，得 " + o.level() + (o.online() ? "+舆情" : "") + " [" + o.explained()
        + "]"));
  }

  private static void print(String title, Predicate<Outcome> which) {
    List<Outcome> outcomes = OUTCOMES.stream().filter(which).toList();
    StringBuilder table = new StringBuilder(title + " " + outcomes.size() + " 句，等级和舆情提示都对的 "
        + outcomes.stream().filter(Outcome::right).count() + " 句\n"
        + "| 等级 | 应命中 | 误报 | 漏报 | 精确率 | 召回率 |\n|---|---|---|---|---|---|\n");
    COLOURS.forEach(level -> table.append(score(outcomes, level).row()).append('\n'));
    table.append(overall(outcomes).row()).append('\n').append(online(outcomes).row()).append('\n');
    System.out.println(table);
  }

  static Score score(List<Outcome> outcomes, WarningLevel level) {
    return count(level.label(), outcomes, o -> o.level() == level, o -> o.labelled().level() == level);
  }

  /** Micro-average over the three colours: a sentence counts as found only with the right colour. */
  static Score overall(List<Outcome> outcomes) {
    return COLOURS.stream().map(level -> score(outcomes, level)).reduce(new Score("三色合计", 0, 0, 0), Score::plus);
  }

  static Score online(List<Outcome> outcomes) {
    return count("网络舆情提示", outcomes, Outcome::online, o -> o.labelled().online());
  }

  private static Score count(String name, List<Outcome> outcomes, Predicate<Outcome> predicted,
      Predicate<Outcome> expected) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Outcome o : outcomes) {
      tp += predicted.test(o) && expected.test(o) ? 1 : 0;
      fp += predicted.test(o) && !expected.test(o) ? 1 : 0;
      fn += !predicted.test(o) && expected.test(o) ? 1 : 0;
    }
    return new Score(name, tp, fp, fn);
  }

  @Test
  void theSetsHaveAtLeast150SentencesAndEachPhraseBothWays() {
    List<LabelledSentence> all = OUTCOMES.stream().map(Outcome::labelled).toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(150);
    for (Phrase phrase : SIGNALS.phrases()) {
      assertThat(all).as("a sentence where %s gives its colour", phrase.text())
          .anySatisfy(s -> {
            assertThat(s.sentence()).contains(phrase.text());
            assertThat(s.level().isAbove(phrase.level()) || s.level() == phrase.level()).isTrue();
          });
      assertThat(all).as("a sentence where %s stands and must not give its colour", phrase.text())
          .anySatisfy(s -> {
            assertThat(s.sentence()).contains(phrase.text());
            assertThat(phrase.level().isAbove(s.level())).isTrue();
          });
    }
  }

  /**
   * Thresholds a little under the figures measured on both sets (README): a change that loses a colour
   * or raises false alarms beyond them fails the build.
   */
  @Test
  void eachColourIsFoundPreciselyAndCompletely() {
    for (WarningLevel level : COLOURS) {
      Score s = score(OUTCOMES, level);
      assertThat(s.precision()).as("%s precision", level).isGreaterThanOrEqualTo(0.85);
      assertThat(s.recall()).as("%s recall", level).isGreaterThanOrEqualTo(0.90);
    }
    assertThat(overall(OUTCOMES).precision()).as("overall precision").isGreaterThanOrEqualTo(0.92);
    assertThat(overall(OUTCOMES).recall()).as("overall recall").isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void onlineOpinionRiskIsFlaggedPreciselyAndCompletely() {
    assertThat(online(OUTCOMES).precision()).as("online precision").isGreaterThanOrEqualTo(0.85);
    assertThat(online(OUTCOMES).recall()).as("online recall").isGreaterThanOrEqualTo(0.95);
  }

  /** The held-out sentences, not used to tune the list, must not fall far behind. */
  @Test
  void theHeldOutSentencesAreFoundAlmostAsWell() {
    List<Outcome> holdout = OUTCOMES.stream()
        .filter(o -> o.labelled().set().equals(LabelledSentence.HOLDOUT)).toList();
    assertThat(overall(holdout).precision()).as("held-out precision").isGreaterThanOrEqualTo(0.80);
    assertThat(overall(holdout).recall()).as("held-out recall").isGreaterThanOrEqualTo(0.90);
  }
}
