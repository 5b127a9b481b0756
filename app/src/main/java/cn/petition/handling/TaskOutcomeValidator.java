package cn.petition.handling;

import static cn.petition.casefile.CaseProcess.*;

import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.deadline.CaseDeadlines;
import cn.petition.org.ReferenceData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the outcome variables of a task before it completes (shared/contract.md, "Task variables").
 * A bad value is refused with a Chinese message naming the variable: the Tasklist shows it, and
 * /engine-rest answers 400. Attached to each user task as a complete listener in the BPMN.
 */
@Component("taskOutcomeValidator")
public class TaskOutcomeValidator implements TaskListener {

  /** At most this many days of extension in all (《信访工作条例》: 延长期限不得超过30日). */
  private static final int EXTENSION_CAP = 30;

  private final ReferenceData referenceData;
  private final PetitionCaseMapper cases;
  private final CaseDeadlines deadlines;

  public TaskOutcomeValidator(ReferenceData referenceData, PetitionCaseMapper cases, CaseDeadlines deadlines) {
    this.referenceData = referenceData;
    this.cases = cases;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    checkCaseFactsUnchanged(task, problems);
    switch (task.getTaskDefinitionKey()) {
      case TASK_REVIEW_ACCEPTANCE -> checkAcceptance(task, problems);
      case TASK_CO_HANDLE -> required(task, CO_HANDLING_OPINION, "协办意见", problems);
      case TASK_HANDLE -> checkHandling(task, problems);
      case TASK_APPROVE_EXTENSION -> bool(task, APPROVED, problems);
      case TASK_PRE_REVIEW -> {
        bool(task, APPROVED, problems);
        if (Boolean.FALSE.equals(task.getVariable(APPROVED))) {
          required(task, REVIEW_COMMENT, "退回意见", problems);
        }
      }
      case TASK_FOLLOW_UP -> {
        oneOf(task, SATISFACTION_WITH_HANDLER, Satisfaction.values(), problems);
        oneOf(task, SATISFACTION_WITH_OFFICE, Satisfaction.values(), problems);
      }
      default -> { }
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("不能完成“" + task.getName() + "”：" + String.join("；", problems));
    }
  }

  private void checkAcceptance(DelegateTask task, List<String> problems) {
    Object decision = task.getVariable(DECISION);
    if (!List.of("ACCEPT", "TRANSFER", "DECLINE").contains(decision)) {
      problems.add(DECISION + " 必须是 ACCEPT、TRANSFER 或 DECLINE");
    } else if ("TRANSFER".equals(decision)) {
      Object target = task.getVariable(TRANSFER_TO);
      if (target == null || referenceData.department(target.toString()).isEmpty()) {
        problems.add(TRANSFER_TO + " 必须是已知的部门代码（转送对象）");
      }
    } else if ("DECLINE".equals(decision)) {
      required(task, DECLINE_REASON, "不予受理理由", problems);
      required(task, GUIDANCE, "告知信访人的救济途径", problems);
    }
  }

  /**
   * The case's departments and procedure are decided by the rules and 受理审查, and stored on the case;
   * a task completion may not rewrite them through process variables.
   */
  private void checkCaseFactsUnchanged(DelegateTask task, List<String> problems) {
    PetitionCase c = cases.find(task.getExecution().getProcessBusinessKey());
    if (c == null) {
      return;
    }
    unchanged(task, FIRST_CONTACT_DEPT, c.getFirstContactDept(), problems);
    unchanged(task, PROCEDURE, c.getProcedureType(), problems);
    unchanged(task, LINE, c.getLineType(), problems);
    unchanged(task, HANDLING_DEPT, c.getHandlingDept(), problems);
  }

  private static void unchanged(DelegateTask task, String name, String stored, List<String> problems) {
    Object value = task.getVariable(name);
    if (stored != null && value != null && !stored.equals(value)) {
      problems.add(name + " 由系统确定，不能在办理任务时修改（应为 " + stored + "）");
    }
  }

  private void checkHandling(DelegateTask task, List<String> problems) {
    Object days = task.getVariable(EXTENSION_DAYS);
    if (days != null) {
      int alreadyExtended = deadlines.ofCase(task.getExecution().getProcessBusinessKey()).stream()
          .filter(d -> LIMIT_HANDLE.equals(d.getLimitCode())).mapToInt(d -> d.getExtendedDays()).sum();
      int allowance = EXTENSION_CAP - alreadyExtended;
      if (!(days instanceof Number n) || n.doubleValue() != Math.floor(n.doubleValue())
          || n.intValue() < 1 || n.intValue() > allowance) {
        problems.add(allowance <= 0 ? "办理期限已延长" + alreadyExtended + "日，不能再申请延期（累计不超过30日）"
            : EXTENSION_DAYS + " 必须是1至" + allowance + "之间的整数（已延期" + alreadyExtended
                + "日，累计不超过30日）");
      }
      required(task, EXTENSION_REASON, "延期理由", problems);
      return;
    }
    oneOf(task, OUTCOME, Outcome.values(), problems);
    required(task, REPLY_TEXT, "答复意见", problems);
  }

  private static void required(DelegateTask task, String name, String label, List<String> problems) {
    Object value = task.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      problems.add(name + "（" + label + "）必须填写");
    }
  }

  private static void bool(DelegateTask task, String name, List<String> problems) {
    if (!(task.getVariable(name) instanceof Boolean)) {
      problems.add(name + " 必须是 true 或 false");
    }
  }

  private static void oneOf(DelegateTask task, String name, Enum<?>[] values, List<String> problems) {
    Object value = task.getVariable(name);
    if (value == null || Arrays.stream(values).noneMatch(v -> v.name().equals(value))) {
      problems.add(name + " 必须是 " + String.join("、", Arrays.stream(values).map(Enum::name).toList()) + " 之一");
    }
  }
}
