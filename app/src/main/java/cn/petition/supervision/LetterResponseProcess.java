package cn.petition.supervision;

/** Names shared by processes/letter-response.bpmn (函件回复) and the Java around it. */
public final class LetterResponseProcess {

  /** Process definition key; the business key is the letter number. */
  public static final String KEY = "letterResponse";
  public static final String TASK_ANSWER = "AnswerLetter";

  /** Variables. */
  public static final String LETTER_NO = "letterNo";
  public static final String CASE_NO = "caseNo";
  /** The group that answers (candidate group of 函件回复). */
  public static final String RECIPIENT_GROUP = "recipientGroup";
  public static final String LETTER_KIND_LABEL = "letterKindLabel";
  public static final String REASON = "reason";
  public static final String RESPONSE_DUE_TEXT = "responseDueText";
  /** Variable of the answer task: the recipient's answer. */
  public static final String ANSWER = "answer";

  private LetterResponseProcess() {}
}
