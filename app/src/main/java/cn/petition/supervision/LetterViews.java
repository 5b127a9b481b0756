package cn.petition.supervision;

import cn.petition.org.Department;
import cn.petition.org.DepartmentGroups;
import cn.petition.org.ReferenceData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Turns stored letters into API views, with department names and times in the office's zone. */
@Component
public class LetterViews {

  private final Letters letters;
  private final ReferenceData referenceData;
  private final ZoneId zone;

  public LetterViews(Letters letters, ReferenceData referenceData, @Value("${petition.zone}") String zone) {
    this.letters = letters;
    this.referenceData = referenceData;
    this.zone = ZoneId.of(zone);
  }

  public List<LetterView> ofCase(String caseNo) {
    return letters.ofCase(caseNo).stream().map(this::view).toList();
  }

  public LetterView view(Letter l) {
    return new LetterView(l.getLetterNo(), l.getCaseNo(), l.getKind().name(), l.getKind().label(),
        l.getStage().name(), l.getStage().label(), l.getStep(), l.getRuleName(), l.getIssuerDept(),
        deptName(l.getIssuerDept()), l.getResponsibleDept(), deptName(l.getResponsibleDept()), l.getRecipientDept(), recipientName(l.getRecipientGroup()),
        l.getRecipientGroup(), l.getCopyTo(), l.getReason(), l.getDaysLate(), at(l.getStepDueAt()),
        at(l.getIssuedAt()), at(l.getResponseDueAt()), l.getStatus().name(), at(l.getAnsweredAt()),
        l.getAnsweredBy(), l.getAnswer(),
        "/api/letters/" + URLEncoder.encode(l.getLetterNo(), StandardCharsets.UTF_8).replace("+", "%20") + "/document");
  }

  /** E.g. 县住房和城乡建设局负责人 for leader-ZJJ, 县纪委监委 for dept-JWJW. */
  public String recipientName(String group) {
    String dept = DepartmentGroups.departmentOf(group);
    if (dept == null) {
      return group;
    }
    return deptName(dept) + (group.startsWith(DepartmentGroups.LEADER_PREFIX) ? "负责人" : "");
  }

  public String deptName(String code) {
    return referenceData.department(code).map(Department::name).orElse(code);
  }

  private OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }
}
