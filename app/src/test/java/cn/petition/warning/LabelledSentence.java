package cn.petition.warning;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of src/test/resources/warning/labelled-sentences*.csv: a sentence, the level a petition officer
 * reads in it, whether it hints at online-opinion risk, and a note.
 */
record LabelledSentence(String set, int line, String sentence, WarningLevel level, boolean online, String note) {

  /** Written with the negation rules, context words and exclusions. */
  static final String DEVELOPMENT = "/warning/labelled-sentences.csv";
  /** Written after them and not used to change them: how the list does on text it was not tuned on. */
  static final String HOLDOUT = "/warning/labelled-sentences-holdout.csv";

  /** The sentences of a set; comment lines (#) and the header are skipped, fields may be quoted. */
  static List<LabelledSentence> load(String resource) {
    String content;
    try (InputStream in = LabelledSentence.class.getResourceAsStream(resource)) {
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
    List<LabelledSentence> all = new ArrayList<>();
    String[] lines = content.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#") || line.startsWith("sentence,")) {
        continue;
      }
      List<String> cells = cells(line);
      if (cells.size() != 4) {
        throw new IllegalStateException(resource + " line " + (i + 1) + ": expected 4 fields, got " + cells);
      }
      all.add(new LabelledSentence(resource, i + 1, cells.get(0), WarningLevel.valueOf(cells.get(1)),
          Boolean.parseBoolean(cells.get(2)), cells.get(3)));
    }
    return all;
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }
}
