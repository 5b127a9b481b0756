package cn.petition.warning;

import java.util.List;
import java.util.stream.Collectors;

/** The alarming phrases found in a petition or dispute text. */
public record TextSignal(List<PhraseMatch> matches) {

  public static final TextSignal NONE = new TextSignal(List.of());

  public TextSignal {
    matches = List.copyOf(matches);
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
}
