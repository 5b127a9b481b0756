package cn.petition.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The alarming phrases of rules/warning/phrases.txt found by HanLP segmentation, texts that must not trigger,
 * and the phrase list's format. Negation, context words and exclusions: {@link TextSignalsNegationTest}; the
 * measured precision and recall: {@link TextSignalsAccuracyTest}.
 */
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
      "村民集体上访反映征地补偿不公,      YELLOW, 集体",
      "他要发抖音,                        YELLOW, 抖音",
      "他们扬言要去堵路口,                ORANGE, 堵路",
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

  @Test
  void contextWordsAndExclusionsAreReadFromTheList() {
    List<Phrase> list = PhraseList.parse("""
        # 注释
        集体,YELLOW,CONTEXT=上访|围堵,EXCEPT=集体土地｜集体户口
        视频，YELLOW，online，except=视频接访
        """, "测试");
    assertThat(list).containsExactly(
        new Phrase("集体", WarningLevel.YELLOW, false, List.of("上访", "围堵"), List.of("集体土地", "集体户口")),
        new Phrase("视频", WarningLevel.YELLOW, true, List.of(), List.of("视频接访")));
  }

  @Test
  void everyWrongLineIsNamedWithItsNumberAndReason() {
    assertThatThrownBy(() -> PhraseList.parse("""
        # 第 1 行是注释
        跳楼,RED
        烧车,PURPLE
        集体,YELLOW,CONTEXT=
        集体,YELLOW,EXCEPT=土地
        跳楼,RED
        直播,YELLOW,ONLINE,LOUD
        ,RED
        堵路,ORANGE,EXCEPT=堵路口,EXCEPT=停车堵路
        """, "phrases.txt"))
        .isInstanceOfSatisfying(PhraseListException.class, e -> assertThat(e.problems())
            .extracting(PhraseListException.Problem::line).containsExactly(3, 4, 5, 6, 7, 8, 9))
        .hasMessageContaining("第 3 行：等级应为 YELLOW、ORANGE 或 RED，而不是“PURPLE”")
        .hasMessageContaining("第 4 行：CONTEXT= 后面的词语不能为空")
        .hasMessageContaining("第 5 行：排除词“土地”应是包含“集体”的更长说法")
        .hasMessageContaining("第 6 行：“跳楼”已在第 2 行定义")
        .hasMessageContaining("第 7 行：无法识别“LOUD”")
        .hasMessageContaining("第 8 行：缺少词语")
        .hasMessageContaining("第 9 行：EXCEPT 只能写一次");
  }

  /** The shipped list reads, and each of its exclusions contains its phrase (else it could never apply). */
  @Test
  void theShippedListHasContextWordsAndExclusions() {
    assertThat(SIGNALS.phrases()).filteredOn(p -> p.text().equals("集体")).singleElement().satisfies(p -> {
      assertThat(p.context()).contains("上访", "围堵");
      assertThat(p.except()).contains("集体土地", "集体户口");
    });
    assertThat(SIGNALS.phrases()).filteredOn(p -> p.text().equals("视频")).singleElement()
        .satisfies(p -> assertThat(p.except()).contains("视频接访"));
  }
}
