package cn.petition.handling;

import cn.petition.casefile.CaseEventKind;
import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.CoHandler;
import cn.petition.casefile.CoHandlerMapper;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.casefile.Petitioner;
import cn.petition.casefile.PetitionerMapper;
import cn.petition.org.Department;
import cn.petition.org.ReferenceData;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 三跨三分离: when a petitioner's household or residence region differs from the place of
 * occurrence, the street office there co-handles (协办) while the handling department at the place
 * of occurrence leads. Bean {@code coHandling}, used by the BPMN's gateway and multi-instance.
 */
@Component("coHandling")
public class CoHandling {

  public static final String HOUSEHOLD = "HOUSEHOLD";
  public static final String RESIDENCE = "RESIDENCE";

  private final PetitionCaseMapper cases;
  private final PetitionerMapper petitioners;
  private final CoHandlerMapper coHandlers;
  private final ReferenceData referenceData;
  private final CaseTimeline timeline;

  public CoHandling(PetitionCaseMapper cases, PetitionerMapper petitioners, CoHandlerMapper coHandlers,
      ReferenceData referenceData, CaseTimeline timeline) {
    this.cases = cases;
    this.petitioners = petitioners;
    this.coHandlers = coHandlers;
    this.referenceData = referenceData;
    this.timeline = timeline;
  }

  /** Records the co-handling departments of a case (idempotent). */
  public void enlist(String caseNo, String handlingDept) {
    PetitionCase petitionCase = cases.find(caseNo);
    String occurrence = petitionCase.getOccurrenceRegion();
    for (Petitioner p : petitioners.ofCase(caseNo)) {
      enlist(petitionCase, handlingDept, occurrence, p.householdRegion(), HOUSEHOLD);
      enlist(petitionCase, handlingDept, occurrence, p.residenceRegion(), RESIDENCE);
    }
  }

  private void enlist(PetitionCase c, String handlingDept, String occurrence, String region, String reason) {
    if (region == null || region.equals(occurrence)) {
      return;
    }
    referenceData.streetOfficeOf(region)
        .filter(office -> !office.code().equals(handlingDept))
        .ifPresent(office -> {
          if (coHandlers.ofCase(c.getCaseNo()).stream().noneMatch(h -> h.deptCode().equals(office.code()))) {
            coHandlers.insertIfAbsent(c.getCaseNo(), office.code(), reason);
            timeline.record(c.getCaseNo(), CaseEventKind.CO_HANDLER_ENLISTED, null, office.code(),
                office.name() + "协办（信访人" + (HOUSEHOLD.equals(reason) ? "户籍地" : "常住地") + "）");
          }
        });
  }

  public boolean isNeeded(DelegateExecution execution) {
    return !departmentsOf(execution).isEmpty();
  }

  /** The co-handling department codes of the execution's case, for the multi-instance 协办 task. */
  public List<String> departmentsOf(DelegateExecution execution) {
    return coHandlers.ofCase(execution.getProcessBusinessKey()).stream().map(CoHandler::deptCode).toList();
  }

  public String departmentName(String code) {
    return referenceData.department(code).map(Department::name).orElse(code);
  }
}
