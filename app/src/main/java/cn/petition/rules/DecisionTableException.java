package cn.petition.rules;

/**
 * A decision table does not compile, or an expected rule set is missing. The message names the
 * file, the spreadsheet row where Drools reports one, and the reason, for the rule author.
 */
public class DecisionTableException extends RuntimeException {

  public DecisionTableException(String message) {
    super(message);
  }

  public DecisionTableException(String message, Throwable cause) {
    super(message, cause);
  }
}
