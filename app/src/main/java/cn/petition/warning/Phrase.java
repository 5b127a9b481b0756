package cn.petition.warning;

import java.util.List;

/**
 * One alarming expression of rules/warning/phrases.txt.
 *
 * @param text the phrase, e.g. 堵路
 * @param level the text signal it gives (YELLOW, ORANGE or RED)
 * @param online whether it hints at online-opinion risk (网络舆情), e.g. 直播
 * @param context words of which one must stand in the same clause for the phrase to count (CONTEXT=…),
 *     e.g. 集体 only with 上访 or 围堵; empty: the phrase counts on its own
 * @param except longer expressions that contain the phrase and in which it does not count (EXCEPT=…),
 *     e.g. 集体 in 集体土地
 */
public record Phrase(String text, WarningLevel level, boolean online, List<String> context, List<String> except) {

  public Phrase {
    context = List.copyOf(context);
    except = List.copyOf(except);
  }

  public Phrase(String text, WarningLevel level, boolean online) {
    this(text, level, online, List.of(), List.of());
  }

  public boolean needsContext() {
    return !context.isEmpty();
  }
}
