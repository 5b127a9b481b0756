package cn.petition.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The alarming phrases of rules/warning/phrases.txt found by HanLP segmentation, and texts that must not trigger. */
class TextSignalsTest {

  private static final TextSignals SIGNALS = new TextSignals("classpath:rules/warning/phrases.txt", true);

  @ParameterizedTest(name = "{0} → {1} ({2})")
  @CsvSource({
      "他扬言要跳楼,                     RED,    跳楼",
      "母亲一时想不开有轻生念头,          RED,    轻生",
      "如果再不解决我们就去堵路,          ORANGE, 堵路",
      "我们六户人家要上访到北京,          ORANGE, 上访到北京",
      "我们要进京上访,                    ORANGE, 进京",
      "村民在镇政府门口拉横幅,            ORANGE, 拉横幅",
      "集体土地征收补偿不公,              YELLOW, 集体",
      "不解决就在网上直播,                YELLOW, 网上"})
  void findsThePhraseAndItsLevel(String text, WarningLevel level, String phrase) {
    TextSignal signal = SIGNALS.analyse(text);
    assertThat(signal.strongest()).isEqualTo(level);
    assertThat(signal.phrases()).contains(phrase);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "孩子入学被拒，希望教育局解决",
      "这家店搞跳楼价促销，消费者投诉虚假宣传",
      "小区加装电梯补贴未发放",
      "楼道堵塞，路灯损坏",
      "北京路小区物业费上涨"})
  void harmlessTextsDoNotTrigger(String text) {
    assertThat(SIGNALS.analyse(text).matches()).isEmpty();
    assertThat(SIGNALS.analyse(text).strongest()).isEqualTo(WarningLevel.NONE);
  }

  @Test
  void theStrongestPhraseLeadsAndOnlinePhrasesFlagOpinionRisk() {
    TextSignal signal = SIGNALS.analyse("二十多人集体堵路", "有人在抖音直播");
    assertThat(signal.strongest()).isEqualTo(WarningLevel.ORANGE);
    assertThat(signal.phrases().get(0)).isEqualTo("堵路");
    assertThat(signal.describe()).startsWith("堵路（橙）");
    assertThat(signal.onlineRisk()).isTrue();
    assertThat(SIGNALS.analyse("二十多人集体堵路").onlineRisk()).isFalse();
  }

  @Test
  void aPhraseInHanlpsDictionaryMatchesAsOneWord() {
    assertThat(SIGNALS.analyse("他扬言要跳楼").matches()).singleElement()
        .satisfies(m -> assertThat(m.how()).isEqualTo(PhraseMatch.How.TOKEN));
  }

  /** Without the custom dictionary HanLP splits 到省里上访 into 到/省里/上访: the span still matches. */
  @Test
  void aMultiWordPhraseSplitBySegmentationMatchesAsASpan(@TempDir Path dir) throws Exception {
    Path list = dir.resolve("phrases.txt");
    Files.writeString(list, "# 测试\n去市里讨说法,ORANGE\n");
    TextSignals plain = new TextSignals(list.toUri().toString(), false);

    TextSignal signal = plain.analyse("他说明天就去市里讨说法");
    assertThat(signal.matches()).singleElement().satisfies(m -> {
      assertThat(m.phrase().text()).isEqualTo("去市里讨说法");
      assertThat(m.how()).isEqualTo(PhraseMatch.How.SPAN);
    });
    assertThat(plain.analyse("失去市里讨说法的机会").matches()).as("不在词边界上").isEmpty();
  }

  @Test
  void theListIsDataAndReloads(@TempDir Path dir) throws Exception {
    Path list = dir.resolve("phrases.txt");
    Files.writeString(list, "堵路,ORANGE\n");
    TextSignals signals = new TextSignals(list.toUri().toString(), true);
    assertThat(signals.analyse("他们要去烧车").matches()).isEmpty();

    Files.writeString(list, "堵路,ORANGE\n烧车,RED\n");
    signals.reload();
    assertThat(signals.analyse("他们要去烧车").strongest()).isEqualTo(WarningLevel.RED);

    Files.writeString(list, "烧车,PURPLE\n");
    assertThatThrownBy(signals::reload).hasMessageContaining("第 1 行");
    assertThat(signals.phrases()).as("the old list stays").hasSize(2);
  }
}
