package cn.petition.screening;

/** What a step of a dispute's history (dispute_event.kind) records; stored by name. */
public enum DisputeEventKind {
  REPORTED, WARNING, STREET_REVIEWED, ESCALATED, DISTRICT_REVIEWED, RESOLVED, PETITIONED
}
