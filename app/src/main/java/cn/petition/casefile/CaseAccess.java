package cn.petition.casefile;

import cn.petition.org.PetitionUser;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a case, and how much. The case's departments (owner, handler, co-handlers) see it
 * in full and change it; supervisors see every case with ID and phone numbers masked; others do not see it.
 */
@Component
public class CaseAccess {

  private final CoHandlerMapper coHandlers;

  public CaseAccess(CoHandlerMapper coHandlers) {
    this.coHandlers = coHandlers;
  }

  public Set<String> departmentsOf(PetitionCase c) {
    Set<String> departments = coHandlers.ofCase(c.getCaseNo()).stream().map(CoHandler::deptCode)
        .collect(Collectors.toSet());
    departments.add(c.getFirstContactDept());
    if (c.getHandlingDept() != null) {
      departments.add(c.getHandlingDept());
    }
    return departments;
  }

  public boolean isInvolved(PetitionUser user, PetitionCase c) {
    return departmentsOf(c).stream().anyMatch(user::belongsTo);
  }

  public boolean maySee(PetitionUser user, PetitionCase c) {
    return user.isSupervisor() || isInvolved(user, c);
  }

  /**
   * Only the case's own departments change it (new facts, appeals); supervisors and administrators, who see
   * every case, only read it.
   */
  public void requireMayChange(PetitionUser user, PetitionCase c) {
    if (!isInvolved(user, c)) {
      throw new AccessDeniedException("只有信访件的首接、承办或协办部门可以修改信访件 " + c.getCaseNo()
          + "；督查人员和系统管理员只能查看");
    }
  }
}
