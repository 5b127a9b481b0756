package cn.petition.screening;

import java.time.Instant;

/** A checked dispute to insert; MyBatis sets the generated id. */
public class NewDispute {
  public Long id;
  public Instant reportedAt;
  public String reportedBy;
  public String regionCode;
  public String place;
  public String categoryCode;
  public String domain;
  public int personCount;
  public String parties;
  public String description;
  public String title;
  public boolean skipLevel;
  public boolean extremeBehaviour;
  public String ownerDept;
  public DisputeStatus status = DisputeStatus.REPORTED;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Instant getReportedAt() { return reportedAt; }
  public String getReportedBy() { return reportedBy; }
  public String getRegionCode() { return regionCode; }
  public String getPlace() { return place; }
  public String getCategoryCode() { return categoryCode; }
  public String getDomain() { return domain; }
  public int getPersonCount() { return personCount; }
  public String getParties() { return parties; }
  public String getDescription() { return description; }
  public String getTitle() { return title; }
  public boolean isSkipLevel() { return skipLevel; }
  public boolean isExtremeBehaviour() { return extremeBehaviour; }
  public String getOwnerDept() { return ownerDept; }
  public DisputeStatus getStatus() { return status; }
}
