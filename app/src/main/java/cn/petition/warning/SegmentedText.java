package cn.petition.warning;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A text cut into words by HanLP and into clauses by punctuation: the unit in which a phrase, its context
 * words and a negation are looked at together.
 *
 * <p>A clause ends at ，。；！？、 or , . ; ! ? or a line break ("绝不会跳楼，也不会自杀" has two clauses);
 * an ASCII comma or full stop between two digits (3.5万元, 10,000) does not end one. Words the user
 * registered in HanLP's custom dictionary (the phrases) are forced: 发抖音 is 发/抖音, not 发抖/音.
 */
final class SegmentedText {

  /** Characters that end a clause. */
  static final String CLAUSE_BREAKS = "，。；！？、,.;!?\n\r";

  /** Shared and thread-safe: segmentation keeps no state between calls. */
  private static final Segment SEGMENT = HanLP.newSegment().enableCustomDictionaryForcing(true);

  /**
   * One word of the text.
   *
   * @param start offset of its first character in the text
   * @param end offset after its last character
   * @param clause the number of the clause it starts in (0 for the first)
   */
  record Token(String word, String pos, int start, int end, int clause) {}

  private final String text;
  private final List<Token> tokens;
  private final int[] clauseAt;
  private final Map<Integer, Integer> tokenStarting = new HashMap<>();
  private final Map<Integer, Integer> tokenEnding = new HashMap<>();

  private SegmentedText(String text, List<Token> tokens, int[] clauseAt) {
    this.text = text;
    this.tokens = tokens;
    this.clauseAt = clauseAt;
    for (int i = 0; i < tokens.size(); i++) {
      tokenStarting.put(tokens.get(i).start(), i);
      tokenEnding.put(tokens.get(i).end(), i);
    }
  }

  static SegmentedText of(String text) {
    int[] clauseAt = new int[text.length() + 1];
    int clause = 0;
    for (int i = 0; i < text.length(); i++) {
      clauseAt[i] = clause;
      if (endsClause(text, i)) {
        clause++;
      }
    }
    clauseAt[text.length()] = clause;
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (Term term : SEGMENT.seg(text)) {
      int start = text.indexOf(term.word, offset);
      if (start < 0 || term.word.isEmpty()) {
        continue;
      }
      int end = start + term.word.length();
      tokens.add(new Token(term.word, term.nature == null ? "" : term.nature.toString(), start, end, clauseAt[start]));
      offset = end;
    }
    return new SegmentedText(text, List.copyOf(tokens), clauseAt);
  }

  private static boolean endsClause(String text, int i) {
    char c = text.charAt(i);
    if (CLAUSE_BREAKS.indexOf(c) < 0) {
      return false;
    }
    boolean betweenDigits = i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
        && Character.isDigit(text.charAt(i + 1));
    return !((c == '.' || c == ',') && betweenDigits);
  }

  String text() {
    return text;
  }

  List<Token> tokens() {
    return tokens;
  }

  Token token(int index) {
    return tokens.get(index);
  }

  /** The index of the word starting at a character offset, or -1 when the offset is inside a word. */
  int tokenStartingAt(int offset) {
    return tokenStarting.getOrDefault(offset, -1);
  }

  /** The index of the word ending at a character offset, or -1 when the offset is inside a word. */
  int tokenEndingAt(int offset) {
    return tokenEnding.getOrDefault(offset, -1);
  }

  /** The offset of the first character of the clause a character offset is in. */
  int clauseStart(int offset) {
    int clause = clauseAt[offset];
    int start = offset;
    while (start > 0 && clauseAt[start - 1] == clause) {
      start--;
    }
    return start;
  }

  /** The offset of the punctuation that ends the clause of a character offset, or the text's length. */
  int clauseEnd(int offset) {
    int clause = clauseAt[offset];
    int end = offset;
    while (end < text.length() && clauseAt[end + 1] == clause) {
      end++;
    }
    return end;
  }
}
