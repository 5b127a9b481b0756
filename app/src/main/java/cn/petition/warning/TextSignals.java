package cn.petition.warning;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Finds the alarming phrases of rules/warning/phrases.txt in a text (bean {@code textSignals}).
 *
 * <p>The text is segmented with HanLP (portable, its dictionary ships in the jar) and cut into clauses
 * at punctuation ({@link SegmentedText}). A phrase occurs when it starts and ends on word boundaries:
 * as one word (TOKEN) or over several words exactly (SPAN: a multi-word phrase such as 上访到北京 that
 * the dictionary splits). A phrase inside a longer word does not occur: 跳楼价 (a clearance sale) is not
 * 跳楼. Phrases are also added to HanLP's custom dictionary at load, so the segmenter keeps them whole.
 *
 * <p>An occurrence counts unless it lies inside one of the phrase's exclusions (集体 in 集体土地), none of
 * its context words stands in its clause (集体 without 上访, 围堵…), or a negation governs it in its clause
 * ({@link NegationScope}: 绝不会跳楼). The phrases set aside are kept in the signal with why.
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

  /**
   * Reads the phrase list again; when the file is broken the old list stays and a
   * {@link PhraseListException} names every wrong line.
   */
  public synchronized List<Phrase> reload() {
    phrases = load();
    log.info("预警词表已重新加载: {} 个词", phrases.size());
    return phrases;
  }

  public List<Phrase> phrases() {
    return phrases;
  }

  /**
   * The phrases found in the texts (e.g. title and content), each phrase once, and the phrases that stand
   * in them but do not count (negated, inside an exclusion, or without a context word). A phrase counts
   * when any of its occurrences counts.
   */
  public TextSignal analyse(String... texts) {
    List<Phrase> list = phrases;
    Map<Phrase, PhraseMatch> found = new LinkedHashMap<>();
    Map<Phrase, Set<UncountedPhrase>> uncounted = new LinkedHashMap<>();
    for (String text : texts) {
      if (text == null || text.isBlank()) {
        continue;
      }
      SegmentedText segmented = SegmentedText.of(text);
      List<Occurrence> occurrences = occurrences(segmented, list);
      BitSet phraseWords = new BitSet();
      occurrences.forEach(o -> phraseWords.set(o.first(), o.last() + 1));
      for (Occurrence o : occurrences) {
        if (found.containsKey(o.phrase())) {
          continue;
        }
        Optional<UncountedPhrase> setAside = setAside(segmented, o, phraseWords);
        if (setAside.isPresent()) {
          uncounted.computeIfAbsent(o.phrase(), p -> new LinkedHashSet<>()).add(setAside.get());
        } else {
          found.put(o.phrase(), new PhraseMatch(o.phrase(),
              o.first() == o.last() ? PhraseMatch.How.TOKEN : PhraseMatch.How.SPAN));
        }
      }
    }
    List<UncountedPhrase> notCounted = new ArrayList<>();
    uncounted.forEach((phrase, why) -> {
      if (!found.containsKey(phrase)) {
        notCounted.addAll(why);
      }
    });
    return new TextSignal(new ArrayList<>(found.values()), notCounted);
  }

  /**
   * A phrase in the text on word boundaries: its first and last word. A phrase inside a longer word is
   * no occurrence (跳楼价 is not 跳楼).
   */
  record Occurrence(Phrase phrase, int first, int last) {}

  private static List<Occurrence> occurrences(SegmentedText segmented, List<Phrase> list) {
    List<Occurrence> occurrences = new ArrayList<>();
    String text = segmented.text();
    for (Phrase phrase : list) {
      for (int at = text.indexOf(phrase.text()); at >= 0; at = text.indexOf(phrase.text(), at + 1)) {
        int first = segmented.tokenStartingAt(at);
        int last = segmented.tokenEndingAt(at + phrase.text().length());
        if (first >= 0 && last >= 0) {
          occurrences.add(new Occurrence(phrase, first, last));
        }
      }
    }
    return occurrences;
  }

  /** Why an occurrence does not count, in this order: an exclusion, a missing context word, a negation. */
  private static Optional<UncountedPhrase> setAside(SegmentedText segmented, Occurrence o, BitSet phraseWords) {
    String text = segmented.text();
    Phrase phrase = o.phrase();
    int start = segmented.token(o.first()).start();
    int end = segmented.token(o.last()).end();
    for (String exclusion : phrase.except()) {
      for (int at = text.indexOf(exclusion, Math.max(0, end - exclusion.length())); at >= 0 && at <= start;
          at = text.indexOf(exclusion, at + 1)) {
        if (at + exclusion.length() >= end) {
          return Optional.of(new UncountedPhrase(phrase, UncountedPhrase.Why.EXCLUDED, exclusion));
        }
      }
    }
    if (phrase.needsContext() && !hasContext(segmented, phrase, start)) {
      return Optional.of(new UncountedPhrase(phrase, UncountedPhrase.Why.NO_CONTEXT, ""));
    }
    return NegationScope.of(segmented, o.first(), o.last(), phraseWords)
        .map(negation -> new UncountedPhrase(phrase, UncountedPhrase.Why.NEGATED, negation));
  }

  /** One of the phrase's context words stands in its clause, starting at a word boundary (讨 in 检讨 does not). */
  private static boolean hasContext(SegmentedText segmented, Phrase phrase, int start) {
    String text = segmented.text();
    int clauseStart = segmented.clauseStart(start);
    int clauseEnd = segmented.clauseEnd(start);
    for (String word : phrase.context()) {
      for (int at = text.indexOf(word, clauseStart); at >= 0 && at + word.length() <= clauseEnd;
          at = text.indexOf(word, at + 1)) {
        if (segmented.tokenStartingAt(at) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private List<Phrase> load() {
    Resource resource = new DefaultResourceLoader().getResource(location);
    String content;
    try (InputStream in = resource.getInputStream()) {
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("无法读取预警词表 " + location + ": " + e.getMessage(), e);
    }
    List<Phrase> list = PhraseList.parse(content, location);
    if (registerInDictionary) {
      list.forEach(p -> CustomDictionary.add(p.text()));
    }
    return list;
  }
}
