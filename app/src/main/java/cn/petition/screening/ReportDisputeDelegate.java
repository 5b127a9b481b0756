package cn.petition.screening;

import static cn.petition.web.FormValues.choice;
import static cn.petition.web.FormValues.flag;
import static cn.petition.web.FormValues.text;
import static cn.petition.web.FormValues.wholeNumber;

import cn.petition.web.FieldProblem;
import cn.petition.web.InvalidFormException;
import cn.petition.web.InvalidRequestException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * 登记矛盾纠纷 (processes/dispute-report.bpmn): reads the Tasklist start form "上报矛盾纠纷", checks it exactly as
 * POST /api/disputes would, and registers the dispute through {@link DisputeService}. A bad form is refused
 * with an {@link InvalidFormException} naming its fields in Chinese, and nothing is stored.
 */
@Component("reportDisputeDelegate")
public class ReportDisputeDelegate implements JavaDelegate {

  private static final String REFUSED = "矛盾纠纷信息有误";

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
    List<FieldProblem> problems = new ArrayList<>();
    ReportDisputeRequest request = read(execution, problems);
    validator.validate(request).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
        .filter(p -> problems.stream().noneMatch(known -> known.field().equals(p.field())))
        .forEach(problems::add);
    if (!problems.isEmpty()) {
      throw new InvalidFormException(REFUSED, problems);
    }
    DisputeReport report;
    try {
      report = disputeValidator.check(request);
    } catch (InvalidRequestException e) {
      throw new InvalidFormException(REFUSED, e.problems());
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    Dispute d = disputes.register(report, user == null ? null : user.getUserId());
    mapper.setProcessInstance(d.id(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(ScreeningProcess.businessKey(d.id()));
    execution.setVariable(ScreeningProcess.DISPUTE_ID, d.id());
    execution.setVariable("warningLevel", d.warningLevel());
  }

  static ReportDisputeRequest read(DelegateExecution form, List<FieldProblem> problems) {
    return new ReportDisputeRequest(text(form, "regionCode", problems),
        choice(form, "domain", DisputeDomain.class, "领域", problems), text(form, "place", problems),
        wholeNumber(form, "peopleInvolved", "涉及人数", problems), text(form, "description", problems),
        text(form, "title", problems), text(form, "parties", problems), text(form, "category", problems),
        flag(form, "skipLevel", problems),
        flag(form, "extremeBehaviour", problems));
  }
}
