package cn.petition.warning;

import java.util.stream.Collectors;

/**
 * A phrase of the list that stands in the text but was not counted, and why: kept in the warning's
 * reason so a supervisor sees what the matcher set aside (e.g. "‘跳楼’被‘绝不会’否定，未计入").
 *
 * @param phrase the phrase of the list
 * @param why NEGATED: a negation governs it in its clause; EXCLUDED: it is part of one of its exclusions;
 *     NO_CONTEXT: none of its context words stands in its clause
 * @param cue the negation (绝不会), the exclusion (集体土地), or empty for NO_CONTEXT
 */
public record UncountedPhrase(Phrase phrase, Why why, String cue) {

  public enum Why { NEGATED, EXCLUDED, NO_CONTEXT }

  /** E.g. "‘跳楼’被‘绝不会’否定，未计入". */
  public String describe() {
    String quoted = "‘" + phrase.text() + "’";
    return switch (why) {
      case NEGATED -> quoted + "被‘" + cue + "’否定，未计入";
      case EXCLUDED -> quoted + "属于‘" + cue + "’，未计入";
      case NO_CONTEXT -> quoted + "所在小句没有" + phrase.context().stream().limit(3).collect(Collectors.joining("、"))
          + (phrase.context().size() > 3 ? "等" : "") + "上下文词，未计入";
    };
  }
}
