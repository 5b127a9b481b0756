package cn.petition.casefile;

import java.time.Instant;

/** One petition matter (信访事项), as stored in petition_case. The business key of its process is {@link #caseNo}. */
public class PetitionCase {

  /** 信访件编号 XFyyyyMMddNNNNN. */
  private String caseNo;
  private String processInstanceId;
  /** LETTER, VISIT, ONLINE, PHONE. */
  private String channel;
  private Instant receivedAt;
  private Instant registeredAt;
  private String registeredBy;
  /** 首接部门: the owner, end to end. */
  private String firstContactDept;
  /** 办理部门. */
  private String handlingDept;
  private String title;
  private String content;
  private String categoryCode;
  private String occurrenceRegion;
  private int personCount;
  private boolean skipLevel;
  private boolean extremeBehaviour;
  /** GENERAL or SIMPLE. */
  private String procedureType;
  /** ORDINARY or LAW_LITIGATION. */
  private String lineType;
  /** NONE, YELLOW, ORANGE, RED. */
  private String warningLevel;
  private CaseStatus status;
  /** name of the open step. */
  private String currentStage;
  /** case number of the open case this one repeats. */
  private String repeatOf;
  private String acceptDecision;
  private String declineReason;
  private String guidance;
  private String outcome;
  private String replyText;
  private Instant repliedAt;
  private String satisfactionHandler;
  private String satisfactionOffice;
  private Instant closedAt;

  public String getCaseNo() {
    return caseNo;
  }

  public void setCaseNo(String caseNo) {
    this.caseNo = caseNo;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(Instant receivedAt) {
    this.receivedAt = receivedAt;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public void setRegisteredAt(Instant registeredAt) {
    this.registeredAt = registeredAt;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public void setRegisteredBy(String registeredBy) {
    this.registeredBy = registeredBy;
  }

  public String getFirstContactDept() {
    return firstContactDept;
  }

  public void setFirstContactDept(String firstContactDept) {
    this.firstContactDept = firstContactDept;
  }

  public String getHandlingDept() {
    return handlingDept;
  }

  public void setHandlingDept(String handlingDept) {
    this.handlingDept = handlingDept;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public String getOccurrenceRegion() {
    return occurrenceRegion;
  }

  public void setOccurrenceRegion(String occurrenceRegion) {
    this.occurrenceRegion = occurrenceRegion;
  }

  public int getPersonCount() {
    return personCount;
  }

  public void setPersonCount(int personCount) {
    this.personCount = personCount;
  }

  public boolean isSkipLevel() {
    return skipLevel;
  }

  public void setSkipLevel(boolean skipLevel) {
    this.skipLevel = skipLevel;
  }

  public boolean isExtremeBehaviour() {
    return extremeBehaviour;
  }

  public void setExtremeBehaviour(boolean extremeBehaviour) {
    this.extremeBehaviour = extremeBehaviour;
  }

  public String getProcedureType() {
    return procedureType;
  }

  public void setProcedureType(String procedureType) {
    this.procedureType = procedureType;
  }

  public String getLineType() {
    return lineType;
  }

  public void setLineType(String lineType) {
    this.lineType = lineType;
  }

  public String getWarningLevel() {
    return warningLevel;
  }

  public void setWarningLevel(String warningLevel) {
    this.warningLevel = warningLevel;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public void setStatus(CaseStatus status) {
    this.status = status;
  }

  public String getCurrentStage() {
    return currentStage;
  }

  public void setCurrentStage(String currentStage) {
    this.currentStage = currentStage;
  }

  public String getRepeatOf() {
    return repeatOf;
  }

  public void setRepeatOf(String repeatOf) {
    this.repeatOf = repeatOf;
  }

  public String getAcceptDecision() {
    return acceptDecision;
  }

  public void setAcceptDecision(String acceptDecision) {
    this.acceptDecision = acceptDecision;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }

  public String getGuidance() {
    return guidance;
  }

  public void setGuidance(String guidance) {
    this.guidance = guidance;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getReplyText() {
    return replyText;
  }

  public void setReplyText(String replyText) {
    this.replyText = replyText;
  }

  public Instant getRepliedAt() {
    return repliedAt;
  }

  public void setRepliedAt(Instant repliedAt) {
    this.repliedAt = repliedAt;
  }

  public String getSatisfactionHandler() {
    return satisfactionHandler;
  }

  public void setSatisfactionHandler(String satisfactionHandler) {
    this.satisfactionHandler = satisfactionHandler;
  }

  public String getSatisfactionOffice() {
    return satisfactionOffice;
  }

  public void setSatisfactionOffice(String satisfactionOffice) {
    this.satisfactionOffice = satisfactionOffice;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(Instant closedAt) {
    this.closedAt = closedAt;
  }

}
