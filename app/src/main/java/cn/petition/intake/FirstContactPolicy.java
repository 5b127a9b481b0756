package cn.petition.intake;

import cn.petition.org.PetitionUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may register a case, and which first-contact department (首接部门) they may name. The first-contact
 * department owns the case (首接负责), so naming another department would hand it work and let the caller
 * read its petitioners' data:
 * <ul>
 *   <li>a handler or leader (groups dept-X, leader-X) names one of their own departments, or none (their
 *       first department is taken);</li>
 *   <li>an administrator (camunda-admin) without a department registers on behalf of any department
 *       (e.g. records taken over from paper) and must name it;</li>
 *   <li>everyone else (督查员 supervisors are read-only, designers, grid workers) registers no case:
 *       grid workers report disputes instead.</li>
 * </ul>
 * A department derived by the system rather than named by the caller (a dispute's street office when it
 * becomes a case) is not checked here.
 */
@Component
public class FirstContactPolicy {

  /** Refuses with 403 a user who registers no cases (supervisors, designers, grid workers). */
  public void checkMayRegister(PetitionUser user) {
    if (!user.isAdmin() && user.departments().isEmpty()) {
      throw new AccessDeniedException(user.isSupervisor()
          ? "督查员只能查看，不能登记信访事项"
          : "只有部门经办人可以登记信访事项");
    }
  }

  /**
   * Refuses with 403 a first-contact department the user may not name.
   *
   * @param named the department the caller named, or null (their own department is then taken)
   */
  public void checkMayName(PetitionUser user, String named) {
    if (named != null && !user.isAdmin() && !user.belongsTo(named)) {
      throw new AccessDeniedException("只能以本人所在部门（" + String.join("、", user.departments())
          + "）作为首接部门登记，不能替" + named + "登记");
    }
  }
}
