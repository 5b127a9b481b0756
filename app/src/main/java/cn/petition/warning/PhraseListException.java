package cn.petition.warning;

import java.util.List;
import java.util.stream.Collectors;

/** The phrase list has wrong lines: each problem names its line; the list in force stays. */
public class PhraseListException extends IllegalStateException {

  /** One wrong line of the list (line numbers count from 1, comments included). */
  public record Problem(int line, String message) {}

  private final transient List<Problem> problems;

  public PhraseListException(String source, List<Problem> problems) {
    super("预警词表 " + source + " 有误：" + problems.stream().map(p -> "第 " + p.line() + " 行" + p.message())
        .collect(Collectors.joining("；")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
