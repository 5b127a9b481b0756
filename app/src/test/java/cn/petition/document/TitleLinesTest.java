package cn.petition.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Titles break between words into lines of similar length; no character is left alone. */
class TitleLinesTest {

  @Test
  void aShortTitleStaysOnOneLine() {
    assertThat(TitleLines.of("关于督促办理信访事项的函")).isEqualTo("关于督促办理信访事项的函");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "关于对县住房和城乡建设局信访事项办理逾期问题予以问责的建议函",
      "关于对县人力资源和社会保障局信访事项办理逾期问题予以问责的建议函",
      "关于对城关街道办事处信访事项办理逾期问题予以问责的建议函",
      "关于信访事项XF2026110200001办理期限即将届满的提示函",
      "关于对市信访局复查复核工作中信访事项办理逾期问题予以问责的建议函"})
  void aLongTitleBreaksBetweenWordsIntoBalancedLines(String title) {
    List<String> lines = TitleLines.split(title, TitleLines.MAX_EM);

    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(String.join("", lines)).isEqualTo(title);
    assertThat(lines).allSatisfy(line -> assertThat(TitleLines.width(line)).isLessThanOrEqualTo(TitleLines.MAX_EM));
    double shortest = lines.stream().mapToDouble(TitleLines::width).min().orElseThrow();
    double longest = lines.stream().mapToDouble(TitleLines::width).max().orElseThrow();
    assertThat(shortest).as("no stub such as 函 alone: %s", lines).isGreaterThanOrEqualTo(longest / 2);
    assertThat(lines).as("the case number is never split").noneMatch(l -> l.matches(".*XF\\d{0,12}")
        && !l.contains("XF2026110200001"));
  }

  @Test
  void theBreakFallsBetweenWords() {
    List<String> lines = TitleLines.split("关于对县住房和城乡建设局信访事项办理逾期问题予以问责的建议函", TitleLines.MAX_EM);
    assertThat(lines.get(lines.size() - 1)).as("the tail keeps its words together").endsWith("建议函");
    assertThat(lines).noneMatch(l -> l.endsWith("建") || l.startsWith("议函") || l.startsWith("函"));
  }
}
