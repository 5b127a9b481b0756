package cn.petition.intake;

import cn.petition.org.PetitionUser;
import cn.petition.org.WriteRoles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may register a case, and which first-contact department (首接部门) they may name, on every path a case is
 * registered (POST /api/cases, the Tasklist start form, a dispute that becomes a case). The first-contact
 * department owns the case (首接负责), so naming another department would hand it work and let the caller read its
 * petitioners' data (README, 角色与权限):
 * <ul>
 *   <li>only department members (handlers and leaders, groups dept-X and leader-X) register
 *       ({@link WriteRoles#requireDepartment}); supervisors only read, administrators and designers configure,
 *       grid workers report disputes instead;</li>
 *   <li>they name one of their own departments, or none (their first department is taken).</li>
 * </ul>
 * A department derived by the system rather than named by the caller (a dispute's street office when it
 * becomes a case) is not checked here.
 */
@Component
public class FirstContactPolicy {

  /** Refuses with 403 a user who registers no cases. */
  public void checkMayRegister(PetitionUser user) {
    WriteRoles.requireDepartment(user, "登记信访事项");
  }

  /**
   * Refuses with 403 a first-contact department the user may not name.
   *
   * @param named the department the caller named, or null (their own department is then taken)
   */
  public void checkMayName(PetitionUser user, String named) {
    if (named != null && !user.belongsTo(named)) {
      throw new AccessDeniedException("只能以本人所在部门（" + String.join("、", user.departments())
          + "）作为首接部门登记，不能替" + named + "登记");
    }
  }
}
