package cn.petition.org;

/** How departments map onto Camunda groups: handlers in dept-CODE, leaders in leader-CODE. */
public final class DepartmentGroups {

  public static final String HANDLER_PREFIX = "dept-";
  public static final String LEADER_PREFIX = "leader-";

  private DepartmentGroups() {}

  public static String handlers(String departmentCode) {
    return HANDLER_PREFIX + departmentCode;
  }

  public static String leaders(String departmentCode) {
    return LEADER_PREFIX + departmentCode;
  }

  /** The department code of a dept-* or leader-* group, or null for other groups. */
  public static String departmentOf(String groupId) {
    if (groupId.startsWith(HANDLER_PREFIX)) {
      return groupId.substring(HANDLER_PREFIX.length());
    }
    if (groupId.startsWith(LEADER_PREFIX)) {
      return groupId.substring(LEADER_PREFIX.length());
    }
    return null;
  }
}
