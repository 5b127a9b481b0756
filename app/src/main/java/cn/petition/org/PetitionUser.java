package cn.petition.org;

import java.util.List;
import java.util.Set;

/**
 * The logged-in person, as the identity service knows them.
 *
 * @param id Camunda user ID
 * @param groups Camunda group IDs (dept-XFJ, leader-ZJJ, supervisor, ...)
 * @param departments department codes taken from the dept-* and leader-* groups
 */
public record PetitionUser(String id, List<String> groups, Set<String> departments) {

  public static final String SUPERVISOR_GROUP = "supervisor";
  public static final String ADMIN_GROUP = "camunda-admin";

  public boolean isSupervisor() {
    return groups.contains(SUPERVISOR_GROUP) || groups.contains(ADMIN_GROUP);
  }

  public boolean isAdmin() {
    return groups.contains(ADMIN_GROUP);
  }

  /** A process designer (流程设计员): deploys processes, maintains the decision tables and phrase list. */
  public boolean isDesigner() {
    return groups.contains(RoleAuthorizations.DESIGNER_GROUP);
  }

  /** A member of a department (its handlers or leaders): the people who register and handle cases. */
  public boolean hasDepartment() {
    return !departments.isEmpty();
  }

  public boolean belongsTo(String departmentCode) {
    return departmentCode != null && departments.contains(departmentCode);
  }

  /** The department a new case defaults to: the user's first department, if any. */
  public String homeDepartment() {
    return departments.stream().sorted().findFirst().orElse(null);
  }
}
