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

  /** 逾期: petition.supervision.overdue-after past the due instant. */
  public Date overdue(DelegateExecution execution, String limitCode) {
    return Date.from(deadlines.dueOf(execution, limitCode).toInstant().plus(properties.overdueAfter()));
  }
}
