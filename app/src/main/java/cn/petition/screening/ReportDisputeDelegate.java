package cn.petition.screening;

import cn.petition.web.FieldProblem;
import cn.petition.web.InvalidRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * 登记矛盾纠纷 (processes/dispute-report.bpmn): reads the Tasklist start form "上报矛盾纠纷", checks it exactly as
 * POST /api/disputes would, and registers the dispute through {@link DisputeService}. A bad form is refused
 * with a Chinese message and nothing is stored.
 */
@Component("reportDisputeDelegate")
public class ReportDisputeDelegate implements JavaDelegate {

  private final Validator validator;
  private final DisputeValidator disputeValidator;
  private final DisputeService disputes;
  private final DisputeMapper mapper;

  public ReportDisputeDelegate(Validator validator, DisputeValidator disputeValidator, DisputeService disputes,
      DisputeMapper mapper) {
    this.validator = validator;
    this.disputeValidator = disputeValidator;
    this.disputes = disputes;
    this.mapper = mapper;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportDisputeRequest request = read(execution);
    Set<ConstraintViolation<ReportDisputeRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new BadUserRequestException("矛盾纠纷信息有误：" + violations.stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .map(ConstraintViolation::getMessage).collect(Collectors.joining("；")));
    }
    DisputeReport report;
    try {
      report = disputeValidator.check(request);
    } catch (InvalidRequestException e) {
      throw new BadUserRequestException("矛盾纠纷信息有误：" + e.problems().stream().map(FieldProblem::message)
          .collect(Collectors.joining("；")));
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    Dispute d = disputes.register(report, user == null ? null : user.getUserId());
    mapper.setProcessInstance(d.id(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(ScreeningProcess.businessKey(d.id()));
    execution.setVariable(ScreeningProcess.DISPUTE_ID, d.id());
    execution.setVariable("warningLevel", d.warningLevel());
  }

  static ReportDisputeRequest read(DelegateExecution form) {
    DisputeDomain domain;
    try {
      domain = text(form, "domain") == null ? null : DisputeDomain.valueOf(text(form, "domain"));
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException("矛盾纠纷信息有误：未知的领域 " + text(form, "domain"));
    }
    return new ReportDisputeRequest(text(form, "regionCode"), domain, text(form, "place"),
        number(form.getVariable("peopleInvolved")), text(form, "description"), text(form, "title"),
        text(form, "parties"), text(form, "category"), Boolean.TRUE.equals(form.getVariable("skipLevel")),
        Boolean.TRUE.equals(form.getVariable("extremeBehaviour")));
  }

  private static String text(DelegateExecution form, String name) {
    Object value = form.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static Integer number(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return value instanceof Number n ? n.intValue() : (int) Double.parseDouble(value.toString());
    } catch (NumberFormatException e) {
      throw new BadUserRequestException("矛盾纠纷信息有误：涉及人数必须是数字");
    }
  }
}
