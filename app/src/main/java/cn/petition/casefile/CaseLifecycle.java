package cn.petition.casefile;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one writer of a case's status (petition_case.status): registration, the step the case process is at,
 * acceptance, the reply, closure and decline. A case that ends is announced as {@link CaseEnded}.
 */
@Component
public class CaseLifecycle {

  private final PetitionCaseMapper cases;
  private final ApplicationEventPublisher events;

  public CaseLifecycle(PetitionCaseMapper cases, ApplicationEventPublisher events) {
    this.cases = cases;
    this.events = events;
  }

  /** Stores a new case: REGISTERED, or MERGED when it repeats an open original ({@code repeatOf}). */
  public void register(PetitionCase petitionCase) {
    petitionCase.setStatus(petitionCase.getRepeatOf() == null ? CaseStatus.REGISTERED : CaseStatus.MERGED);
    cases.insert(petitionCase);
  }

  /** The case process opened a step (its task name); {@code status} null keeps the status. */
  public void enterStep(String caseNo, String stepName, CaseStatus status) {
    cases.setStage(caseNo, stepName);
    if (status != null) {
      cases.setStatus(caseNo, status);
    }
  }

  /** 受理 (directly or after a transfer): the handling department handles it. */
  public void accept(String caseNo, String decision, String handlingDept) {
    cases.recordAcceptance(caseNo, decision, handlingDept, CaseStatus.HANDLING);
  }

  /** 不予受理: the reason and where to go instead; the case ends. */
  public void decline(String caseNo, String reason, String guidance, Instant at) {
    cases.recordDecline(caseNo, reason, guidance, CaseStatus.DECLINED, at);
    events.publishEvent(new CaseEnded(caseNo, CaseStatus.DECLINED));
  }

  /** 答复: the written reply went out. */
  public void reply(String caseNo, String outcome, String replyText, Instant at) {
    cases.recordReply(caseNo, outcome, replyText, CaseStatus.REPLIED, at);
  }

  /** 办结 after the follow-up, with the two-way satisfaction; the case ends. */
  public void close(String caseNo, String satisfactionHandler, String satisfactionOffice, Instant at) {
    cases.recordClosure(caseNo, satisfactionHandler, satisfactionOffice, CaseStatus.CLOSED, at);
    events.publishEvent(new CaseEnded(caseNo, CaseStatus.CLOSED));
  }
}
