package cn.petition.web;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A Camunda form (a Tasklist start form) that our checks refuse, field by field. The engine REST API answers it
 * as 400 application/problem+json with {@code errors: [{field, message}]}, the field being the form field's key,
 * exactly as /api answers an {@link InvalidRequestException} ({@link ChineseEngineErrors}).
 */
public class InvalidFormException extends BadUserRequestException {

  private final transient List<FieldProblem> problems;

  /** @param prefix what was refused, e.g. "登记信息有误" */
  public InvalidFormException(String prefix, List<FieldProblem> problems) {
    super(prefix + "：" + problems.stream().map(FieldProblem::message).collect(Collectors.joining("；")));
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
