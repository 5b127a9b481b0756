package cn.petition.warning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the phrase list (rules/warning/phrases.txt), one phrase a line:
 * {@code 词语,等级[,ONLINE][,CONTEXT=词|词…][,EXCEPT=词|词…]} — the level YELLOW, ORANGE or RED; ONLINE for
 * online-opinion risk; CONTEXT the words of which one must stand in the phrase's clause; EXCEPT the longer
 * expressions in which the phrase does not count. Lines starting with # and blank lines are comments.
 * Every wrong line is reported with its number, all at once.
 */
final class PhraseList {

  static final String FORMAT = "词语,YELLOW|ORANGE|RED[,ONLINE][,CONTEXT=词|词][,EXCEPT=词|词]";

  private PhraseList() {}

  static List<Phrase> parse(String content, String source) {
    List<Phrase> list = new ArrayList<>();
    List<PhraseListException.Problem> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    String[] lines = content.replace("\uFEFF", "").split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        Phrase phrase = line(line);
        Integer earlier = seen.putIfAbsent(phrase.text(), i + 1);
        if (earlier != null) {
          throw new IllegalArgumentException("“" + phrase.text() + "”已在第 " + earlier + " 行定义");
        }
        list.add(phrase);
      } catch (IllegalArgumentException e) {
        problems.add(new PhraseListException.Problem(i + 1, "：" + e.getMessage() + "（应为 " + FORMAT + "）：" + line));
      }
    }
    if (!problems.isEmpty()) {
      throw new PhraseListException(source, problems);
    }
    return List.copyOf(list);
  }

  private static Phrase line(String line) {
    String[] cells = line.split("[,，]", -1);
    String text = cells[0].strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("缺少词语");
    }
    String levelCell = cells.length > 1 ? cells[1].strip().toUpperCase(Locale.ROOT) : "";
    WarningLevel level;
    try {
      level = WarningLevel.valueOf(levelCell);
    } catch (IllegalArgumentException e) {
      level = WarningLevel.NONE;
    }
    if (level == WarningLevel.NONE) {
      throw new IllegalArgumentException("等级应为 YELLOW、ORANGE 或 RED" + (levelCell.isEmpty() ? "" : "，而不是“"
          + cells[1].strip() + "”"));
    }
    boolean online = false;
    List<String> context = null;
    List<String> except = null;
    for (int c = 2; c < cells.length; c++) {
      String cell = cells[c].strip();
      String key = cell.contains("=") ? cell.substring(0, cell.indexOf('=')).strip().toUpperCase(Locale.ROOT)
          : cell.toUpperCase(Locale.ROOT);
      switch (key) {
        case "ONLINE" -> {
          if (online || cell.contains("=")) {
            throw new IllegalArgumentException("ONLINE 只能写一次且不带取值");
          }
          online = true;
        }
        case "CONTEXT" -> {
          if (context != null) {
            throw new IllegalArgumentException("CONTEXT 只能写一次");
          }
          context = words(cell, "CONTEXT");
        }
        case "EXCEPT" -> {
          if (except != null) {
            throw new IllegalArgumentException("EXCEPT 只能写一次");
          }
          except = words(cell, "EXCEPT");
          for (String e : except) {
            if (!e.contains(text) || e.equals(text)) {
              throw new IllegalArgumentException("排除词“" + e + "”应是包含“" + text + "”的更长说法");
            }
          }
        }
        default -> throw new IllegalArgumentException("无法识别“" + cell + "”，可选项为 ONLINE、CONTEXT=…、EXCEPT=…");
      }
    }
    return new Phrase(text, level, online, context == null ? List.of() : context, except == null ? List.of() : except);
  }

  private static List<String> words(String cell, String key) {
    List<String> words = Arrays.stream(cell.substring(cell.indexOf('=') + 1).split("[|｜]")).map(String::strip).toList();
    if (words.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException(key + "= 后面的词语不能为空，多个词用 | 分隔");
    }
    return words;
  }
}
