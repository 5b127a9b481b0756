package cn.petition.supervision;

import cn.petition.deadline.CaseDeadlines;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Timer dates of the supervision ladder, for BPMN boundary timers (bean {@code supervisionTimes}),
 * e.g. {@code ${supervisionTimes.due(execution, 'HANDLE')}}. Every date is derived from the case's
 * stored due instant (the same one the task due date shows), so an extension moves the timers of
 * every task created after it.
 */
@Component("supervisionTimes")
public class SupervisionTimes {

  private final CaseDeadlines deadlines;
  private final SupervisionProperties properties;

  public SupervisionTimes(CaseDeadlines deadlines, SupervisionProperties properties) {
    this.deadlines = deadlines;
    this.properties = properties;
  }

  /** 临期: petition.supervision.approaching-before ahead of the due instant. */
  public Date approaching(DelegateExecution execution, String limitCode) {
    return Date.from(deadlines.dueOf(execution, limitCode).toInstant().minus(properties.approachingBefore()));
  }

  /** 到期: the due instant itself (23:59:59 of the last day). */
  public Date due(DelegateExecution execution, String limitCode) {
    return deadlines.dueOf(execution, limitCode);
  }

  /** The instant of a timed rung (临期, 到期 or 逾期) of a limit. */
  public Date of(DelegateExecution execution, String limitCode, SupervisionStage stage) {
    return switch (stage) {
      case APPROACHING -> approaching(execution, limitCode);
      case DUE -> due(execution, limitCode);
      case OVERDUE -> overdue(execution, limitCode);
      default -> throw new IllegalArgumentException("节点 " + stage + " 不由定时器触发");
    };
  }

  /** 逾期: petition.supervision.overdue-after past the due instant. */
  public Date overdue(DelegateExecution execution, String limitCode) {
    return Date.from(deadlines.dueOf(execution, limitCode).toInstant().plus(properties.overdueAfter()));
  }
}
