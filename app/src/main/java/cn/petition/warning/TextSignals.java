package cn.petition.warning;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Finds the alarming phrases of rules/warning/phrases.txt in a text (bean {@code textSignals}).
 *
 * <p>The text is segmented with HanLP (portable, its dictionary ships in the jar). A phrase matches
 * when the segmenter returns it as one word (TOKEN), or when it spans several words exactly, start
 * and end on word boundaries (SPAN: a multi-word phrase such as 上访到北京 that the dictionary splits).
 * A phrase inside a longer word does not match: 跳楼价 (a clearance sale) is not 跳楼. Phrases are also
 * added to HanLP's custom dictionary at load, so the segmenter keeps them whole where it can.
 *
 * <p>The list is data: {@link #reload()} reads it again; a broken file keeps the old list.
 */
@Component("textSignals")
public class TextSignals {

  private static final Logger log = LoggerFactory.getLogger(TextSignals.class);

  private final String location;
  private final boolean registerInDictionary;
  private volatile List<Phrase> phrases;

  @Autowired
  public TextSignals(WarningProperties properties) {
    this(properties.phrases(), true);
  }

  /**
   * @param registerInDictionary add the phrases to HanLP's custom dictionary (the application does;
   *     tests of the SPAN match do not)
   */
  public TextSignals(String location, boolean registerInDictionary) {
    this.location = location;
    this.registerInDictionary = registerInDictionary;
    this.phrases = load();
  }

  /** Reads the phrase list again; when the file is broken the old list stays and the error is thrown. */
  public synchronized List<Phrase> reload() {
    phrases = load();
    log.info("预警词表已重新加载: {} 个词", phrases.size());
    return phrases;
  }

  public List<Phrase> phrases() {
    return phrases;
  }

  /** The phrases found in the texts (e.g. title and content), each phrase once. */
  public TextSignal analyse(String... texts) {
    Map<String, PhraseMatch> found = new LinkedHashMap<>();
    for (String text : texts) {
      if (text == null || text.isBlank()) {
        continue;
      }
      List<Term> terms = HanLP.segment(text);
      TreeSet<Integer> boundaries = new TreeSet<>();
      List<String> words = new ArrayList<>();
      int offset = 0;
      for (Term term : terms) {
        int start = text.indexOf(term.word, offset);
        if (start < 0) {
          continue;
        }
        boundaries.add(start);
        boundaries.add(start + term.word.length());
        words.add(term.word);
        offset = start + term.word.length();
      }
      for (Phrase phrase : phrases) {
        if (found.containsKey(phrase.text())) {
          continue;
        }
        if (words.contains(phrase.text())) {
          found.put(phrase.text(), new PhraseMatch(phrase, PhraseMatch.How.TOKEN));
          continue;
        }
        for (int at = text.indexOf(phrase.text()); at >= 0; at = text.indexOf(phrase.text(), at + 1)) {
          if (boundaries.contains(at) && boundaries.contains(at + phrase.text().length())) {
            found.put(phrase.text(), new PhraseMatch(phrase, PhraseMatch.How.SPAN));
            break;
          }
        }
      }
    }
    return new TextSignal(new ArrayList<>(found.values()));
  }

  private List<Phrase> load() {
    Resource resource = new DefaultResourceLoader().getResource(location);
    String content;
    try (InputStream in = resource.getInputStream()) {
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("无法读取预警词表 " + location + ": " + e.getMessage(), e);
    }
    List<Phrase> list = parse(content, location);
    if (registerInDictionary) {
      list.forEach(p -> CustomDictionary.add(p.text()));
    }
    return list;
  }

  /** Parses the phrase list; IllegalStateException naming the line when a line is wrong. */
  static List<Phrase> parse(String content, String source) {
    List<Phrase> list = new ArrayList<>();
    String[] lines = content.replace("\uFEFF", "").split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("[,，]");
      try {
        String text = cells[0].strip();
        WarningLevel level = WarningLevel.valueOf(cells.length > 1 ? cells[1].strip().toUpperCase(Locale.ROOT) : "");
        boolean online = cells.length > 2 && "ONLINE".equalsIgnoreCase(cells[2].strip());
        if (text.isEmpty() || level == WarningLevel.NONE || (cells.length > 2 && !online)) {
          throw new IllegalArgumentException(line);
        }
        list.add(new Phrase(text, level, online));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("预警词表 " + source + " 第 " + (i + 1) + " 行格式不正确 (应为 词语,YELLOW|ORANGE|RED[,ONLINE]): "
            + line);
      }
    }
    return List.copyOf(list);
  }
}
