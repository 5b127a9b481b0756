package cn.petition.document;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** How documents write dates, the petitioner's text and the way a petition arrived. */
final class Wording {

  /** 成文日期 and every date in a document: 2026年11月30日, full year, no leading zeros. */
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final Map<String, String> CHANNEL_VERBS = Map.of("VISIT", "来访反映", "LETTER", "来信反映",
      "ONLINE", "通过网上信访反映", "PHONE", "来电反映");
  private static final String TRAILING_PUNCTUATION = "。．.；;，,、：:！!？? \u3000";

  private Wording() {}

  static String day(Instant instant, ZoneId zone) {
    return instant == null ? "" : DAY.format(instant.atZone(zone));
  }

  /** E.g. 来访反映, for "你于2026年9月28日来访反映的…问题". */
  static String channelVerb(String channel) {
    return CHANNEL_VERBS.getOrDefault(channel, "反映");
  }

  /** Text a person typed, to be set inside a sentence: trimmed, without its closing punctuation. */
  static String clause(String text) {
    String s = text == null ? "" : text.strip();
    int end = s.length();
    while (end > 0 && TRAILING_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Text a person typed, as body paragraphs: one per non-blank line, each ending with a full stop. */
  static List<Map<String, String>> paragraphs(String text) {
    return Arrays.stream((text == null ? "" : text).split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
        .map(s -> Map.of("text", endWithFullStop(s))).toList();
  }

  private static String endWithFullStop(String s) {
    char last = s.charAt(s.length() - 1);
    return "。！？”）".indexOf(last) >= 0 ? s : clause(s) + "。";
  }
}
