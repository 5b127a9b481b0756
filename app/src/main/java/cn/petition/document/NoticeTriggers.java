package cn.petition.document;

import cn.petition.appeal.AppealDecided;
import cn.petition.appeal.AppealKind;
import cn.petition.handling.CaseAccepted;
import cn.petition.handling.CaseDeclined;
import cn.petition.handling.HandlingExtended;
import cn.petition.handling.ReplyIssued;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Issues each notice at its step: the steps announce what they decided (受理审查, 延期审批, 答复,
 * 复查/复核决定) and the notice is written just before the step's transaction commits, so it states the
 * limits the step set (e.g. the handling limit that starts with acceptance) and is rolled back with it.
 */
@Component
class NoticeTriggers {

  private final Notices notices;
  private final NoticeFacts facts;

  NoticeTriggers(Notices notices, NoticeFacts facts) {
    this.notices = notices;
    this.facts = facts;
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void accepted(CaseAccepted e) {
    notices.issue(e.caseNo(), e.transferred() ? NoticeKind.TRANSFER_NOTICE : NoticeKind.ACCEPTANCE_NOTICE,
        CaseDocument.ONCE, e.firstContactDept(), facts.accepted(e));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void declined(CaseDeclined e) {
    notices.issue(e.caseNo(), NoticeKind.DECLINE_NOTICE, CaseDocument.ONCE, e.firstContactDept(), facts.declined(e));
  }

  /** One notice per extension; the new due date tells two extensions of a case apart. */
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void extended(HandlingExtended e) {
    notices.issue(e.caseNo(), NoticeKind.EXTENSION_NOTICE, e.newDueAt().toString(), e.handlingDept(),
        facts.extended(e));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void replied(ReplyIssued e) {
    notices.issue(e.caseNo(), NoticeKind.REPLY_OPINION, CaseDocument.ONCE, e.handlingDept(), facts.replied(e));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void appealDecided(AppealDecided e) {
    notices.issue(e.caseNo(), e.kind() == AppealKind.REVIEW ? NoticeKind.REVIEW_OPINION : NoticeKind.RE_REVIEW_OPINION,
        CaseDocument.ONCE, e.decidingDept(), facts.appealDecided(e));
  }
}
