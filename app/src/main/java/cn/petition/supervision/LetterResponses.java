package cn.petition.supervision;

import cn.petition.casefile.ProcessOwnership;
import cn.petition.casefile.TaskActor;
import cn.petition.deadline.DeadlineCalculator;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The 函件回复 process (processes/letter-response.bpmn, bean {@code letterResponses}): one instance
 * per letter, business key the letter number; the recipient group answers by the letter's response
 * due date, and an unanswered letter climbs the ladder again.
 */
@Component("letterResponses")
public class LetterResponses {

  public static final String PROCESS_KEY = "letterResponse";
  public static final String TASK_ANSWER = "AnswerLetter";
  public static final String LETTER_NO = "letterNo";
  public static final String ANSWER = "answer";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final ProcessOwnership ownership;
  private final Letters letters;
  private final Supervision supervision;
  private final ZoneId zone;

  public LetterResponses(ProcessOwnership ownership, @Lazy Letters letters, @Lazy Supervision supervision,
      DeadlineCalculator calculator) {
    this.ownership = ownership;
    this.letters = letters;
    this.supervision = supervision;
    this.zone = calculator.zone();
  }

  /** Starts the 函件回复 process of a newly issued letter (in the caller's transaction). */
  public void start(Letter letter) {
    Map<String, Object> variables = Variables.createVariables()
        .putValue(LETTER_NO, letter.getLetterNo())
        .putValue("caseNo", letter.getCaseNo())
        .putValue("recipientGroup", letter.getRecipientGroup())
        .putValue("letterKindLabel", letter.getKind().label())
        .putValue("reason", letter.getReason())
        .putValue("responseDueText", TIME.format(letter.getResponseDueAt().atZone(zone)));
    ownership.start(PROCESS_KEY, letter.getLetterNo(), variables);
  }

  /** The stored response due date of the execution's letter: task due date and timer date. */
  public Date responseDueOf(DelegateExecution execution) {
    return Date.from(letters.require(letterNo(execution)).getResponseDueAt());
  }

  /** Complete listener of 函件回复: records the answer on the letter. */
  public void answered(DelegateTask task) {
    Object answer = task.getVariable(ANSWER);
    if (answer == null || answer.toString().isBlank()) {
      throw new BadUserRequestException("不能完成“函件回复”：必须填写回复意见 answer");
    }
    String by = TaskActor.of(task);
    letters.answer(ownership.businessKey(task.getExecution()), by, answer.toString());
  }

  /** The response due date passed without an answer: the next rung (stage UNANSWERED). */
  public Letter unanswered(DelegateExecution execution) {
    Letter letter = letters.require(ownership.businessKey(execution));
    return letter.getStatus() == LetterStatus.ANSWERED ? null : supervision.unanswered(letter);
  }

  private static String letterNo(DelegateExecution execution) {
    Object letterNo = execution.getVariable(LETTER_NO);
    return letterNo == null ? execution.getProcessBusinessKey() : letterNo.toString();
  }
}
