package cn.petition.deadline;

import java.time.Instant;

/** A running or finished time limit of a case: one row of table case_deadline per (case, limit). */
public class CaseDeadline {

  private Long id;
  private String caseNo;
  private String limitCode;
  private Instant startedAt;
  private Instant dueAt;
  private int amount;
  private TimeUnitKind unit;
  private String basis;
  private String explanation;
  private int extendedDays;
  private String extensionReason;
  private DeadlineStatus status;
  private Instant finishedAt;

  /** A new running deadline computed by the calculator. */
  static CaseDeadline running(String caseNo, String limitCode, Instant startedAt, Due due) {
    CaseDeadline row = new CaseDeadline();
    row.caseNo = caseNo;
    row.limitCode = limitCode;
    row.startedAt = startedAt;
    row.dueAt = due.dueAt();
    row.amount = due.limit().amount();
    row.unit = due.limit().unit();
    row.basis = due.limit().basis();
    row.explanation = due.explanation();
    row.status = DeadlineStatus.RUNNING;
    return row;
  }

  /** The stored due instant as the calculator sees it, for extensions. */
  Due toDue() {
    return new Due(dueAt, new TimeLimit(amount, unit, basis), explanation);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCaseNo() {
    return caseNo;
  }

  public void setCaseNo(String caseNo) {
    this.caseNo = caseNo;
  }

  public String getLimitCode() {
    return limitCode;
  }

  public void setLimitCode(String limitCode) {
    this.limitCode = limitCode;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(Instant startedAt) {
    this.startedAt = startedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public void setDueAt(Instant dueAt) {
    this.dueAt = dueAt;
  }

  public int getAmount() {
    return amount;
  }

  public void setAmount(int amount) {
    this.amount = amount;
  }

  public TimeUnitKind getUnit() {
    return unit;
  }

  public void setUnit(TimeUnitKind unit) {
    this.unit = unit;
  }

  public String getBasis() {
    return basis;
  }

  public void setBasis(String basis) {
    this.basis = basis;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public int getExtendedDays() {
    return extendedDays;
  }

  public void setExtendedDays(int extendedDays) {
    this.extendedDays = extendedDays;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public void setExtensionReason(String extensionReason) {
    this.extensionReason = extensionReason;
  }

  public DeadlineStatus getStatus() {
    return status;
  }

  public void setStatus(DeadlineStatus status) {
    this.status = status;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public void setFinishedAt(Instant finishedAt) {
    this.finishedAt = finishedAt;
  }

  @Override
  public String toString() {
    return "CaseDeadline[" + caseNo + "/" + limitCode + " due " + dueAt + " " + status + "]";
  }
}
