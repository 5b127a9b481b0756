package cn.petition.supervision;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * A rung of the supervision ladder as the process designer declared it: a non-interrupting boundary timer made
 * with the Modeler element template {@value #TEMPLATE} (processes/element-templates/supervision-ladder.json),
 * whose extension properties say which rung it is, which limit it supervises and who must act.
 *
 * @param stage 临期, 到期 or 逾期
 * @param limit the supervised time limit, e.g. HANDLE
 * @param responsible who is late
 */
public record SupervisionRung(SupervisionStage stage, String limit, ResponsibleParty responsible) {

  /** Id of the element template every rung is made with. */
  public static final String TEMPLATE = "cn.petition.supervisionRung";
  /** The rung's end listener, the same on every rung. */
  public static final String LISTENER = "${supervision.trigger(execution)}";
  /** Extension properties of a rung. */
  public static final String STAGE = "stage";
  public static final String LIMIT = "limit";
  public static final String RESPONSIBLE = "responsible";

  /**
   * The rung whose listener runs on {@code execution}. A limit given as an expression (e.g. {@code ${decisionLimit}}
   * in the appeal process) is evaluated on the execution.
   */
  public static SupervisionRung of(DelegateExecution execution) {
    if (!(execution.getBpmnModelElementInstance() instanceof BoundaryEvent rung)) {
      throw new IllegalStateException("督办阶梯的监听器只能挂在边界定时器上：" + execution.getCurrentActivityId());
    }
    Map<String, String> declared = rung.getExtensionElements() == null ? Map.of()
        : rung.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
            .flatMap(p -> p.getCamundaProperties().stream())
            .collect(Collectors.toMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue));
    String limit = required(declared, LIMIT, rung);
    if (limit.startsWith("${")) {
      limit = String.valueOf(Context.getProcessEngineConfiguration().getExpressionManager().createExpression(limit)
          .getValue(execution));
    }
    return new SupervisionRung(SupervisionStage.valueOf(required(declared, STAGE, rung)), limit,
        ResponsibleParty.valueOf(required(declared, RESPONSIBLE, rung)));
  }

  private static String required(Map<String, String> declared, String name, BoundaryEvent rung) {
    String value = declared.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("督办阶梯节点 " + rung.getId() + " 缺少属性 " + name + "（请用元素模板 " + TEMPLATE + "）");
    }
    return value;
  }
}
