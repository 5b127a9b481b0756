package cn.petition.screening;

import java.time.Instant;

/** A row of dispute_event: one step of a dispute's history. */
public record DisputeEvent(Long id, Long disputeId, Instant occurredAt, String kind, String actor, String detail) {

  public static final String REPORTED = "REPORTED";
  public static final String WARNING = "WARNING";
  public static final String STREET_REVIEWED = "STREET_REVIEWED";
  public static final String ESCALATED = "ESCALATED";
  public static final String DISTRICT_REVIEWED = "DISTRICT_REVIEWED";
  public static final String RESOLVED = "RESOLVED";
  public static final String PETITIONED = "PETITIONED";
}
