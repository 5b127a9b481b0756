package cn.petition.deadline;

/** Kind of an exception to the Monday-to-Friday week in table calendar_day. */
public enum DayKind {
  /** 法定节假日: a rest day even on a weekday. */
  HOLIDAY,
  /** 调休上班日: a working day even on a Saturday or Sunday. */
  WORKDAY
}
