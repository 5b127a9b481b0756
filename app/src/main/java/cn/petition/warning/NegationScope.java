package cn.petition.warning;

import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a negation governs a phrase in its clause ("没有轻生念头", "绝不会跳楼，也不会自杀").
 *
 * <p>From the phrase the clause is read backwards. A negation word counts when only words that pass
 * the negation on stand between it and the phrase: auxiliaries and adverbs (会、想、敢、再、也、曾…),
 * verbs of saying, intending and doing (说、打算、采取、参与、发现、有…), motion and prepositions
 * (去、到、在、向、把…), particles (过、了、的…) and other phrases of the list ("不会堵路进京"). Any other
 * word takes the negation itself and ends the scope: in "如果不解决就自杀" 不 negates 解决 and 就 begins
 * the consequence, so 自杀 counts; "不满意，要去跳楼" has the negation in another clause.
 *
 * <p>Two negations cancel each other ("不是不想跳楼", 不得不、不能不 and "不去堵路不行" affirm); a rhetorical
 * question with 难道 affirms; "不是…就是…" offers alternatives and negates nothing. Prohibitions and
 * conditions are not negations: 不要、别 ("劝他不要跳楼" shows the risk), 再不、要不、不然、否则、不一定 and
 * 不管 are not negation words here. A phrase in a list after 、 shares the negation of the phrase before
 * it ("绝不会跳楼、自杀"). A negation after the phrase ("跳楼是不可能的") is not looked at: the phrase counts.
 */
final class NegationScope {

  /** Negation words, with how many negations each holds (不得不 is two: it affirms). */
  static final Map<String, Integer> NEGATIONS = Map.ofEntries(
      Map.entry("不", 1), Map.entry("没", 1), Map.entry("没有", 1), Map.entry("未", 1), Map.entry("无", 1),
      Map.entry("不会", 1), Map.entry("不再", 1), Map.entry("不曾", 1), Map.entry("未曾", 1), Map.entry("从未", 1),
      Map.entry("从不", 1), Map.entry("从没", 1), Map.entry("从来没", 1), Map.entry("从来没有", 1),
      Map.entry("并未", 1), Map.entry("并无", 1), Map.entry("并不", 1), Map.entry("并没", 1), Map.entry("并没有", 1),
      Map.entry("并非", 1), Map.entry("毫无", 1), Map.entry("尚未", 1), Map.entry("绝不", 1), Map.entry("绝不会", 1),
      Map.entry("决不", 1), Map.entry("决不会", 1), Map.entry("绝对不", 1), Map.entry("绝对不会", 1),
      Map.entry("不想", 1), Map.entry("不愿", 1), Map.entry("不愿意", 1), Map.entry("不敢", 1), Map.entry("不能", 1),
      Map.entry("不可能", 1), Map.entry("不打算", 1), Map.entry("不准备", 1), Map.entry("不是", 1),
      Map.entry("没想", 1), Map.entry("没想过", 1), Map.entry("否认", 1),
      Map.entry("不得不", 2), Map.entry("不能不", 2), Map.entry("不会不", 2), Map.entry("不可不", 2),
      Map.entry("不可能不", 2), Map.entry("无不", 2), Map.entry("没有不", 2));

  /** Words between a negation and the phrase that pass the negation on to it. */
  static final Set<String> PASSING = Set.of(
      // auxiliaries and adverbs
      "会", "能", "能够", "可能", "可以", "想", "要", "敢", "愿", "愿意", "肯", "打算", "准备", "计划", "企图", "试图",
      "考虑", "想过", "再", "也", "都", "还", "又", "曾", "曾经", "再也", "一直", "从来", "真", "真的", "绝对", "根本",
      "并", "决", "完全", "确实", "当然", "从",
      // saying, showing, intending and doing
      "说", "讲", "提", "提到", "提出", "扬言", "声称", "表示", "表达", "流露", "流露出", "表露", "透露", "采取", "采用",
      "进行", "实施", "搞", "做", "闹", "发生", "出现", "发现", "产生", "有", "存在", "动", "起", "动过", "起过", "参与",
      "参加", "组织", "策划", "煽动", "鼓动", "联系", "接触", "发", "发布", "上传", "拍", "录", "开",
      // motion, prepositions and conjunctions
      "去", "来", "到", "在", "向", "往", "上", "上网", "找", "通过", "利用", "借助", "用", "以", "把", "将", "和", "与", "或",
      "或者", "及", "以及", "跟", "同",
      // determiners
      "这种", "这样", "那种", "这类", "此类", "类似", "相关", "之类", "任何", "什么", "一些",
      // quotation marks
      "“", "”", "‘", "’", "\"", "'");

  /** After the negated phrase in the same clause, these make a double negation: "不去堵路不行". */
  static final Set<String> AFFIRMING_TAILS = Set.of("不行", "不可", "不成");

  private NegationScope() {}

  /**
   * The negation that governs the phrase covering words {@code first}..{@code last} of the text, e.g.
   * "绝不会"; empty when the phrase is affirmed.
   *
   * @param phraseWords the words covered by any phrase of the list
   */
  static Optional<String> of(SegmentedText text, int first, int last, BitSet phraseWords) {
    int clause = text.token(first).clause();
    boolean listItemOnly = true;
    int negations = 0;
    int closest = -1;
    for (int i = first - 1; i >= 0; i--) {
      SegmentedText.Token t = text.token(i);
      if (t.clause() != clause) {
        if (listItemOnly && "、".equals(t.word()) && i > 0 && phraseWords.get(i - 1)) {
          clause = t.clause();
          continue;
        }
        break;
      }
      Integer weight = NEGATIONS.get(t.word());
      if (weight != null && !offersAlternatives(text, i)) {
        negations += weight;
        closest = closest < 0 ? i : closest;
        listItemOnly = false;
        continue;
      }
      if (phraseWords.get(i)) {
        continue;
      }
      listItemOnly = false;
      if (PASSING.contains(t.word()) || t.pos().startsWith("u")) {
        continue;
      }
      break;
    }
    if (negations % 2 == 0 || rhetorical(text, closest) || affirmingTail(text, last)) {
      return Optional.empty();
    }
    return Optional.of(negationWords(text, closest));
  }

  /** 不是 followed by 就是 / 便是 in its clause: "不是跳楼就是喝农药" offers alternatives. */
  private static boolean offersAlternatives(SegmentedText text, int at) {
    if (!"不是".equals(text.token(at).word())) {
      return false;
    }
    int clause = text.token(at).clause();
    for (int i = at + 1; i < text.tokens().size() && text.token(i).clause() == clause; i++) {
      if ("就是".equals(text.token(i).word()) || "便是".equals(text.token(i).word())) {
        return true;
      }
    }
    return false;
  }

  /** 难道 before the negation in its clause: "难道我们不会去堵路吗" means we will. */
  private static boolean rhetorical(SegmentedText text, int negation) {
    int clause = text.token(negation).clause();
    for (int i = negation - 1; i >= 0 && text.token(i).clause() == clause; i--) {
      if ("难道".equals(text.token(i).word())) {
        return true;
      }
    }
    return false;
  }

  private static boolean affirmingTail(SegmentedText text, int last) {
    int clause = text.token(last).clause();
    for (int i = last + 1; i < text.tokens().size() && text.token(i).clause() == clause; i++) {
      if (AFFIRMING_TAILS.contains(text.token(i).word())) {
        return true;
      }
    }
    return false;
  }

  /** The negation word with the auxiliary written with it: 绝不 + 会 is reported as 绝不会. */
  private static String negationWords(SegmentedText text, int at) {
    String word = text.token(at).word();
    if (at + 1 < text.tokens().size() && text.token(at + 1).start() == text.token(at).end()
        && Set.of("会", "能", "敢", "想", "再", "曾").contains(text.token(at + 1).word())) {
      return word + text.token(at + 1).word();
    }
    return word;
  }
}
