package cn.petition.warning;

import java.time.Instant;

/** A warning to insert; MyBatis sets the generated id. */
public class NewWarning {
  public Long id;
  public String subjectKind;
  public String subjectId;
  public String level;
  public String previousLevel;
  public String ruleName;
  public String reason;
  public String matchedPhrases;
  public boolean onlineRisk;
  public String triggerKind;
  public String ownerDept;
  public Instant assessedAt;
  public Instant dueAt;
  public WarningStatus status = WarningStatus.OPEN;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getSubjectKind() { return subjectKind; }
  public String getSubjectId() { return subjectId; }
  public String getLevel() { return level; }
  public String getPreviousLevel() { return previousLevel; }
  public String getRuleName() { return ruleName; }
  public String getReason() { return reason; }
  public String getMatchedPhrases() { return matchedPhrases; }
  public boolean isOnlineRisk() { return onlineRisk; }
  public String getTriggerKind() { return triggerKind; }
  public String getOwnerDept() { return ownerDept; }
  public Instant getAssessedAt() { return assessedAt; }
  public Instant getDueAt() { return dueAt; }
  public WarningStatus getStatus() { return status; }
}
