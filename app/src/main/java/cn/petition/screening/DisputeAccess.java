package cn.petition.screening;

import cn.petition.org.Department;
import cn.petition.org.PetitionUser;
import cn.petition.org.ReferenceData;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a dispute. The street office of its region and the county petition office handle it;
 * supervisors see every dispute; a reporter sees their own reports.
 */
@Component
public class DisputeAccess {

  private final ReferenceData referenceData;
  private final ScreeningProperties properties;

  public DisputeAccess(ReferenceData referenceData, ScreeningProperties properties) {
    this.referenceData = referenceData;
    this.properties = properties;
  }

  public boolean mayHandle(PetitionUser user, Dispute d) {
    return user.belongsTo(properties.districtDept()) || user.belongsTo(d.ownerDept())
        || referenceData.streetOfficeOf(d.regionCode()).map(Department::code).filter(user::belongsTo).isPresent();
  }

  public boolean maySee(PetitionUser user, Dispute d) {
    return user.isSupervisor() || user.id().equals(d.reportedBy()) || mayHandle(user, d);
  }

  /** The regions whose disputes the user sees in full, or null for all (district, supervisors). */
  public List<String> visibleRegions(PetitionUser user) {
    if (user.isSupervisor() || user.belongsTo(properties.districtDept())) {
      return null;
    }
    return referenceData.departments().stream()
        .filter(d -> Department.STREET_OFFICE.equals(d.kind()) && user.belongsTo(d.code()))
        .map(Department::regionCode).toList();
  }
}
