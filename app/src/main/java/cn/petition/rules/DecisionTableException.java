package cn.petition.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A decision table does not compile, or an expected rule set is missing. The message names the
 * file, the spreadsheet row and the rule where one is known, and the reason, for the rule author;
 * {@link #problems()} lists them one by one.
 */
public class DecisionTableException extends RuntimeException {

  private final List<TableProblem> problems;

  public DecisionTableException(String message) {
    super(message);
    this.problems = List.of();
  }

  public DecisionTableException(String message, Throwable cause) {
    super(message, cause);
    this.problems = List.of();
  }

  /** Refuses tables for the problems found in them. */
  public DecisionTableException(String heading, List<TableProblem> problems) {
    super(problems.stream().map(TableProblem::message).collect(Collectors.joining("\n", heading + "\n", "")));
    this.problems = List.copyOf(problems);
  }

  /** The problems one by one; empty when the message says it all (an unreadable file, a missing rule set). */
  public List<TableProblem> problems() {
    return problems;
  }
}
