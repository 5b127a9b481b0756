package cn.petition.supervision;

import java.time.Instant;

/**
 * A notice or letter: one row of table case_letter, unique per (case, kind, stage, step, responsible
 * department): every department late on a step gets its own.
 */
public class Letter {

  private Long id;
  private String letterNo;
  private String caseNo;
  private LetterKind kind;
  private SupervisionStage stage;
  private String step;
  private String ruleName;
  private String issuerDept;
  private String responsibleDept;
  private String recipientDept;
  private String recipientGroup;
  private String copyTo;
  private String reason;
  private int daysLate;
  private Instant stepDueAt;
  private Instant issuedAt;
  private Instant responseDueAt;
  private LetterStatus status;
  private Instant answeredAt;
  private String answeredBy;
  private String answer;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getLetterNo() {
    return letterNo;
  }

  public void setLetterNo(String letterNo) {
    this.letterNo = letterNo;
  }

  public String getCaseNo() {
    return caseNo;
  }

  public void setCaseNo(String caseNo) {
    this.caseNo = caseNo;
  }

  public LetterKind getKind() {
    return kind;
  }

  public void setKind(LetterKind kind) {
    this.kind = kind;
  }

  public SupervisionStage getStage() {
    return stage;
  }

  public void setStage(SupervisionStage stage) {
    this.stage = stage;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public String getRuleName() {
    return ruleName;
  }

  public void setRuleName(String ruleName) {
    this.ruleName = ruleName;
  }

  public String getIssuerDept() {
    return issuerDept;
  }

  public void setIssuerDept(String issuerDept) {
    this.issuerDept = issuerDept;
  }

  /** The department whose lateness the letter is about (责任单位); for 临期提示 and 督办函 also the recipient. */
  public String getResponsibleDept() {
    return responsibleDept;
  }

  public void setResponsibleDept(String responsibleDept) {
    this.responsibleDept = responsibleDept;
  }

  public String getRecipientDept() {
    return recipientDept;
  }

  public void setRecipientDept(String recipientDept) {
    this.recipientDept = recipientDept;
  }

  public String getRecipientGroup() {
    return recipientGroup;
  }

  public void setRecipientGroup(String recipientGroup) {
    this.recipientGroup = recipientGroup;
  }

  public String getCopyTo() {
    return copyTo;
  }

  public void setCopyTo(String copyTo) {
    this.copyTo = copyTo;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public int getDaysLate() {
    return daysLate;
  }

  public void setDaysLate(int daysLate) {
    this.daysLate = daysLate;
  }

  public Instant getStepDueAt() {
    return stepDueAt;
  }

  public void setStepDueAt(Instant stepDueAt) {
    this.stepDueAt = stepDueAt;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public void setIssuedAt(Instant issuedAt) {
    this.issuedAt = issuedAt;
  }

  public Instant getResponseDueAt() {
    return responseDueAt;
  }

  public void setResponseDueAt(Instant responseDueAt) {
    this.responseDueAt = responseDueAt;
  }

  public LetterStatus getStatus() {
    return status;
  }

  public void setStatus(LetterStatus status) {
    this.status = status;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public void setAnsweredAt(Instant answeredAt) {
    this.answeredAt = answeredAt;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public void setAnsweredBy(String answeredBy) {
    this.answeredBy = answeredBy;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  @Override
  public String toString() {
    return "Letter[" + letterNo + " " + caseNo + " " + kind + "/" + stage + "/" + step + "/" + responsibleDept + " → " + recipientGroup + "]";
  }
}
