package cn.petition.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The alarming phrases found in a petition or dispute text, and those that stand in it but were not
 * counted (negated, part of an exclusion, or without their context word).
 */
public record TextSignal(List<PhraseMatch> matches, List<UncountedPhrase> uncounted) {

  public static final TextSignal NONE = new TextSignal(List.of());

  public TextSignal {
    matches = List.copyOf(matches);
    uncounted = List.copyOf(uncounted);
  }

  public TextSignal(List<PhraseMatch> matches) {
    this(matches, List.of());
  }

  /** The strongest level of the matched phrases: the "text signal" input of the warning table. */
  public WarningLevel strongest() {
    return matches.stream().map(m -> m.phrase().level()).reduce(WarningLevel.NONE, WarningLevel::max);
  }

  /** Whether a matched phrase hints at online-opinion risk. */
  public boolean onlineRisk() {
    return matches.stream().anyMatch(m -> m.phrase().online());
  }

  /** The strongest phrases first, e.g. "堵路（橙）、集体（黄）"; empty when nothing matched. */
  public String describe() {
    return matches.stream()
        .sorted((a, b) -> b.phrase().level().compareTo(a.phrase().level()))
        .map(PhraseMatch::describe).distinct().collect(Collectors.joining("、"));
  }

  /** The phrases, strongest first. */
  public List<String> phrases() {
    return matches.stream()
        .sorted((a, b) -> b.phrase().level().compareTo(a.phrase().level()))
        .map(m -> m.phrase().text()).distinct().toList();
  }

  /** The phrases a negation cancelled. */
  public List<UncountedPhrase> negated() {
    return uncounted.stream().filter(u -> u.why() == UncountedPhrase.Why.NEGATED).toList();
  }

  /** E.g. "‘跳楼’被‘绝不会’否定，未计入；‘自杀’被‘不会’否定，未计入"; empty when nothing was negated. */
  public String describeNegated() {
    return negated().stream().map(UncountedPhrase::describe).collect(Collectors.joining("；"));
  }

  /**
   * For the recorded reason of a warning: the counted phrases and every phrase set aside with why, e.g.
   * "预警词：堵路（橙）；‘跳楼’被‘绝不会’否定，未计入"; empty when the text holds no phrase of the list.
   */
  public String explain() {
    List<String> parts = new ArrayList<>();
    if (!matches.isEmpty()) {
      parts.add("预警词：" + describe());
    }
    uncounted.stream().map(UncountedPhrase::describe).forEach(parts::add);
    return String.join("；", parts);
  }
}
