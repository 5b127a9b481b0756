package cn.petition.warning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Negation scope, context words and exclusions on the shipped list, with the sentences of issue 8, and
 * what the signal says about the phrases it set aside (the warning's recorded reason).
 */
class TextSignalsNegationTest {

  private static final TextSignals SIGNALS = new TextSignals("classpath:rules/warning/phrases.txt", true);

  @Test
  void noSuicidalThoughtsIsNotRed() {
    TextSignal signal = SIGNALS.analyse("没有轻生念头");
    assertThat(signal.strongest()).isEqualTo(WarningLevel.NONE);
    assertThat(signal.describeNegated()).isEqualTo("‘轻生’被‘没有’否定，未计入");
  }

  /** Each clause has its own negation: 也不会 in the second clause negates 自杀. */
  @Test
  void neverJumpingAndNotKillingOneselfIsNotRed() {
    TextSignal signal = SIGNALS.analyse("绝不会跳楼，也不会自杀");
    assertThat(signal.strongest()).isEqualTo(WarningLevel.NONE);
    assertThat(signal.matches()).isEmpty();
    assertThat(signal.describeNegated()).isEqualTo("‘跳楼’被‘绝不会’否定，未计入；‘自杀’被‘不会’否定，未计入");
    assertThat(signal.explain()).isEqualTo(signal.describeNegated());
  }

  @Test
  void notBlockingTheRoadAndNotGoingToBeijingIsNotOrange() {
    TextSignal signal = SIGNALS.analyse("不会堵路，也不会进京");
    assertThat(signal.strongest()).isEqualTo(WarningLevel.NONE);
    assertThat(signal.negated()).extracting(u -> u.phrase().text()).containsExactly("堵路", "进京");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"集体土地征收补偿不公,集体土地", "办理集体户口迁移遇到困难,集体户口"})
  void collectiveLandAndCollectiveHouseholdAreNotYellow(String text, String exclusion) {
    TextSignal signal = SIGNALS.analyse(text);
    assertThat(signal.strongest()).isEqualTo(WarningLevel.NONE);
    assertThat(signal.explain()).isEqualTo("‘集体’属于‘" + exclusion + "’，未计入");
  }

  @Test
  void videoReceptionIsNeitherYellowNorOnlineRisk() {
    TextSignal signal = SIGNALS.analyse("通过视频接访向领导反映情况");
    assertThat(signal.strongest()).isEqualTo(WarningLevel.NONE);
    assertThat(signal.onlineRisk()).isFalse();
    TextSignal filmed = SIGNALS.analyse("信访人拍了视频要发到朋友圈");
    assertThat(filmed.strongest()).isEqualTo(WarningLevel.YELLOW);
    assertThat(filmed.onlineRisk()).isTrue();
  }

  /** 集体 counts only with one of its context words in its clause. */
  @Test
  void collectiveCountsOnlyWithItsContextWord() {
    assertThat(SIGNALS.analyse("村民集体上访").phrases()).containsExactly("集体");
    assertThat(SIGNALS.analyse("学校组织集体观影").strongest()).isEqualTo(WarningLevel.NONE);
    assertThat(SIGNALS.analyse("学校组织集体观影").explain()).startsWith("‘集体’所在小句没有上访、来访、集体访等上下文词");
    assertThat(SIGNALS.analyse("集体观影时孩子受伤，家长要去上访").strongest()).as("上访 in another clause")
        .isEqualTo(WarningLevel.NONE);
    assertThat(SIGNALS.analyse("集体土地被征收，村民集体上访").phrases()).as("the second 集体 is a collective visit")
        .containsExactly("集体");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "如果不解决就自杀,                   RED",
      "不满意，要去跳楼,                   RED",
      "要是还不给钱我就去跳楼,             RED",
      "他不是不想跳楼，是被家人拦住了,     RED",
      "不是跳楼就是喝农药,                 RED",
      "工作人员劝他不要跳楼,               RED",
      "他不一定会去堵路,                   ORANGE",
      "不去堵路不行了,                     ORANGE",
      "实在没办法，不得不去静坐,           ORANGE",
      "难道我们不会去堵路吗,               ORANGE",
      "不管怎样都要讨薪,                   ORANGE",
      "再不给钱就进京,                     ORANGE"})
  void conditionsDoubleNegationsAndProhibitionsDoNotCancelAThreat(String text, WarningLevel level) {
    assertThat(SIGNALS.analyse(text).strongest()).isEqualTo(level);
    assertThat(SIGNALS.analyse(text).negated()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "信访人情绪稳定，无轻生倾向",
      "信访人表示从未想过自杀",
      "他并没有去围堵政府",
      "决不会再去静坐了",
      "我们从来没有拉横幅",
      "经劝导，工人们不再讨薪",
      "不曾到省里上访",
      "未发现轻生迹象",
      "绝不会跳楼、自杀",
      "不会堵路、拉横幅",
      "我们不会找媒体，也不会在网上发帖"})
  void aNegationGovernsThePhraseInItsClause(String text) {
    TextSignal signal = SIGNALS.analyse(text);
    assertThat(signal.strongest()).isEqualTo(WarningLevel.NONE);
    assertThat(signal.onlineRisk()).isFalse();
    assertThat(signal.negated()).isNotEmpty();
  }

  @Test
  void aNegationEndsWithItsClauseAtPunctuationOrLineBreak() {
    assertThat(SIGNALS.analyse("我不会跳楼\n但要去堵路").strongest()).isEqualTo(WarningLevel.ORANGE);
    assertThat(SIGNALS.analyse("我不会堵路;要去跳楼").strongest()).isEqualTo(WarningLevel.RED);
    assertThat(SIGNALS.analyse("补偿款还差3.5万元不到位就去跳楼").strongest()).as("3.5 does not end a clause")
        .isEqualTo(WarningLevel.RED);
    TextSignal mixed = SIGNALS.analyse("信访人说不会跳楼，但要去堵路");
    assertThat(mixed.strongest()).isEqualTo(WarningLevel.ORANGE);
    assertThat(mixed.explain()).isEqualTo("预警词：堵路（橙）；‘跳楼’被‘不会’否定，未计入");
  }

  /** Title and content are one signal: a phrase affirmed anywhere counts, and is not reported as negated. */
  @Test
  void aPhraseAffirmedInOneTextCountsEvenIfNegatedInAnother() {
    TextSignal signal = SIGNALS.analyse("绝不会跳楼", "再不解决就去跳楼");
    assertThat(signal.strongest()).isEqualTo(WarningLevel.RED);
    assertThat(signal.uncounted()).isEmpty();
  }
}
