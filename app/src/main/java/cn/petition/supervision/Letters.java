package cn.petition.supervision;

import cn.petition.casefile.CaseTimeline;
import cn.petition.deadline.DeadlineCalculator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues notices and letters exactly once per (case, kind, stage, step, responsible department):
 * insert-if-absent on the unique key, and a lost race returns the row the winner stored. A new letter that needs an answer
 * starts its 函件回复 process ({@link LetterResponses}) in the same transaction.
 */
@Service
public class Letters {

  private static final Logger LOG = LoggerFactory.getLogger(Letters.class);

  private final LetterMapper mapper;
  private final LetterNumbers numbers;
  private final CaseTimeline timeline;
  private final DeadlineCalculator calculator;
  private final SupervisionProperties properties;
  private final LetterResponses responses;

  public Letters(LetterMapper mapper, LetterNumbers numbers, CaseTimeline timeline, DeadlineCalculator calculator,
      SupervisionProperties properties, @Lazy LetterResponses responses) {
    this.mapper = mapper;
    this.numbers = numbers;
    this.timeline = timeline;
    this.calculator = calculator;
    this.properties = properties;
    this.responses = responses;
  }

  /**
   * Issues the drafted notice or letter unless the case already has one of this kind for this
   * stage, step and responsible department; then returns the stored one and does nothing else.
   */
  @Transactional
  public Letter issue(Letter draft) {
    Letter existing = find(draft);
    if (existing != null) {
      return existing;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
    draft.setIssuedAt(now);
    draft.setLetterNo(numbers.next(draft.getKind(), now.atZone(calculator.zone()).getYear()));
    if (draft.getKind().needsAnswer()) {
      draft.setResponseDueAt(calculator.compute(properties.letterResponse(), now).dueAt());
      draft.setStatus(LetterStatus.AWAITING_ANSWER);
    } else {
      draft.setStatus(LetterStatus.SENT);
    }
    try {
      mapper.insert(draft);
    } catch (DuplicateKeyException raceLost) {
      LOG.debug("{} was issued concurrently; returning the stored row", draft);
      Letter winner = find(draft);
      if (winner == null) {
        throw new IllegalStateException("函件 " + draft + " 正由另一节点签发，请重试", raceLost);
      }
      return winner;
    }
    timeline.record(draft.getCaseNo(), draft.getKind() == LetterKind.NOTICE ? "NOTICE" : "LETTER_ISSUED", null,
        draft.getIssuerDept(), draft.getKind().label() + " " + draft.getLetterNo() + " 致 "
            + draft.getRecipientGroup() + "：" + draft.getReason());
    if (draft.getKind().needsAnswer()) {
      responses.start(draft);
    }
    return draft;
  }

  private Letter find(Letter draft) {
    return mapper.find(draft.getCaseNo(), draft.getKind(), draft.getStage(), draft.getStep(),
        draft.getResponsibleDept());
  }

  /** Records the recipient's answer; false if it was answered already. */
  @Transactional
  public boolean answer(String letterNo, String by, String answer) {
    Letter letter = require(letterNo);
    boolean recorded = mapper.answer(letterNo, ClockUtil.getCurrentTime().toInstant(), by, answer) == 1;
    if (recorded) {
      timeline.record(letter.getCaseNo(), "LETTER_ANSWERED", by, letter.getRecipientDept(),
          "回复" + letter.getKind().label() + " " + letterNo + "：" + answer);
    }
    return recorded;
  }

  public List<Letter> ofCase(String caseNo) {
    return mapper.ofCase(caseNo);
  }

  /** Whether a rung of a step of the case was issued already about another department than this one. */
  public boolean issuedAboutOthers(String caseNo, String step, SupervisionStage stage, String responsibleDept) {
    return mapper.countAboutOthers(caseNo, step, stage, responsibleDept) > 0;
  }

  /** Letters (not notices) issued on a step of the case about one responsible department. */
  public int countLetters(String caseNo, String step, String responsibleDept) {
    return mapper.countLetters(caseNo, step, responsibleDept);
  }

  /** A letter by number, or null. */
  public Letter byNumber(String letterNo) {
    return mapper.byNumber(letterNo);
  }

  public Letter require(String letterNo) {
    Letter letter = mapper.byNumber(letterNo);
    if (letter == null) {
      throw new IllegalStateException("函件 " + letterNo + " 不存在");
    }
    return letter;
  }
}
