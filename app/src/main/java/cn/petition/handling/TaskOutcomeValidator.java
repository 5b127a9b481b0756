package cn.petition.handling;

import static cn.petition.casefile.CaseProcess.*;

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

  private final ReferenceData referenceData;

  public TaskOutcomeValidator(ReferenceData referenceData) {
    this.referenceData = referenceData;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
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

  private void checkHandling(DelegateTask task, List<String> problems) {
    Object days = task.getVariable(EXTENSION_DAYS);
    if (days != null) {
      if (!(days instanceof Number n) || n.doubleValue() != Math.floor(n.doubleValue())
          || n.intValue() < 1 || n.intValue() > 30) {
        problems.add(EXTENSION_DAYS + " 必须是1至30之间的整数（延期不超过30日）");
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
