package cn.petition.org;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may write what over /api, where it does not depend on the single case or dispute (CaseAccess and
 * DisputeAccess decide those): the role matrix of the README (角色与权限) in code. Each check refuses with
 * 403 and a Chinese reason.
 */
public final class WriteRoles {

  private WriteRoles() {}

  /** Anything but reading: every role except the supervisor, who reads everything and writes nothing. */
  public static boolean mayWriteAtAll(PetitionUser user) {
    return user.hasDepartment() || user.isAdmin() || user.isDesigner()
        || user.groups().stream().anyMatch(RoleAuthorizations.DISPUTE_REPORTERS::contains);
  }

  /** 登记信访事项: department members, who register as their department (首接负责). */
  public static void requireDepartment(PetitionUser user, String action) {
    if (!user.hasDepartment()) {
      throw new AccessDeniedException("只有部门经办人或负责人可以" + action + "；您不属于任何部门");
    }
  }

  /** 上报矛盾纠纷: department members, grid workers and the soft team. */
  public static void requireDisputeReporter(PetitionUser user) {
    if (!user.hasDepartment() && user.groups().stream().noneMatch(RoleAuthorizations.DISPUTE_REPORTERS::contains)) {
      throw new AccessDeniedException("只有部门工作人员、网格员和柔性工作组可以上报矛盾纠纷");
    }
  }

  /** Configuration of the whole system (the holiday calendar): administrators. */
  public static void requireAdmin(PetitionUser user, String action) {
    if (!user.isAdmin()) {
      throw new AccessDeniedException("只有系统管理员可以" + action);
    }
  }

  /** The decision logic besides the BPMN (decision tables, phrase list): administrators and process designers. */
  public static void requireAdminOrDesigner(PetitionUser user, String action) {
    if (!user.isAdmin() && !user.isDesigner()) {
      throw new AccessDeniedException("只有系统管理员或流程设计员可以" + action);
    }
  }
}
