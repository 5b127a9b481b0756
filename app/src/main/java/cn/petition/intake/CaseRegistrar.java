package cn.petition.intake;

import cn.petition.casefile.CaseNumbers;
import cn.petition.casefile.CaseLifecycle;
import cn.petition.casefile.CaseEventKind;
import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.casefile.Petitioner;
import cn.petition.casefile.PetitionerMapper;
import cn.petition.supervision.BacklogAssessment;
import cn.petition.warning.WarningService;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a registered petition: the case row, its petitioners and the first timeline entry, and
 * links a repeat petition (same petitioner ID, category and place, original still open) to its
 * original. Runs inside the transaction that starts the case process, holding the petitioners' intake locks
 * ({@link IntakeLocks}) so that a petition registered twice at once is stored as original and repeat.
 */
@Service
public class CaseRegistrar {

  private final CaseNumbers caseNumbers;
  private final PetitionCaseMapper cases;
  private final CaseLifecycle lifecycle;
  private final PetitionerMapper petitioners;
  private final CaseTimeline timeline;
  private final WarningService warnings;
  private final BacklogAssessment backlog;
  private final IntakeLocks locks;

  public CaseRegistrar(CaseNumbers caseNumbers, PetitionCaseMapper cases, CaseLifecycle lifecycle,
      PetitionerMapper petitioners, CaseTimeline timeline, WarningService warnings, BacklogAssessment backlog,
      IntakeLocks locks) {
    this.locks = locks;
    this.caseNumbers = caseNumbers;
    this.cases = cases;
    this.lifecycle = lifecycle;
    this.petitioners = petitioners;
    this.timeline = timeline;
    this.warnings = warnings;
    this.backlog = backlog;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public PetitionCase store(Registration registration) {
    String caseNo = registration.caseNo() != null ? registration.caseNo()
        : caseNumbers.next(registration.receivedAt());
    // One registration per petitioner at a time: a concurrent twin waits here and then finds this one.
    locks.lockPetitioners(registration.petitioners());
    String repeatOf = findOriginal(registration);
    if (repeatOf != null) {
      // Before anything refers to the original: concurrent repeats of it by other petitioners queue here
      // rather than deadlock, and raise its colour one after the other.
      cases.lock(repeatOf);
    }

    PetitionCase petitionCase = new PetitionCase();
    petitionCase.setCaseNo(caseNo);
    petitionCase.setChannel(registration.channel().name());
    petitionCase.setReceivedAt(registration.receivedAt());
    petitionCase.setRegisteredAt(ClockUtil.getCurrentTime().toInstant());
    petitionCase.setRegisteredBy(registration.registeredBy());
    petitionCase.setFirstContactDept(registration.firstContactDept());
    petitionCase.setTitle(registration.title());
    petitionCase.setContent(registration.content());
    petitionCase.setCategoryCode(registration.categoryCode());
    petitionCase.setOccurrenceRegion(registration.occurrenceRegion());
    petitionCase.setPersonCount(registration.personCount());
    petitionCase.setSkipLevel(registration.skipLevel());
    petitionCase.setExtremeBehaviour(registration.extremeBehaviour());
    petitionCase.setWarningLevel("NONE");
    petitionCase.setRepeatOf(repeatOf);
    lifecycle.register(petitionCase);

    List<PetitionerInput> people = registration.petitioners();
    for (int i = 0; i < people.size(); i++) {
      PetitionerInput p = people.get(i);
      petitioners.insert(new Petitioner(caseNo, i + 1, p.name().trim(), idNumber(p.idNumber()),
          blankToNull(p.phone()), blankToNull(p.householdRegion()), blankToNull(p.residenceRegion())));
    }
    timeline.record(caseNo, CaseEventKind.REGISTERED, registration.registeredBy(), registration.firstContactDept(),
        "登记信访事项（" + registration.channel().label() + "）：" + registration.title());
    if (repeatOf != null) {
      timeline.record(caseNo, CaseEventKind.MERGED, registration.registeredBy(), registration.firstContactDept(),
          "重复信访，并入原件 " + repeatOf + " 办理");
      timeline.record(repeatOf, CaseEventKind.REPEAT_PETITION, registration.registeredBy(),
          registration.firstContactDept(),
          "同一信访人就同一事项再次信访，登记为 " + caseNo);
      // A repeat raises the original's colour where the table says so; the repeat shows that colour.
      petitionCase.setWarningLevel(warnings.assessRepeat(caseNo, repeatOf, registration.registeredBy()).level().name());
      // 领导包案: repeated petitions may make the original a backlog case (rules/supervision/backlog.drl.xlsx).
      backlog.assess(repeatOf, "重复信访");
    }
    return petitionCase;
  }

  private String findOriginal(Registration registration) {
    return registration.petitioners().stream()
        .map(PetitionerInput::idNumber)
        .filter(id -> id != null && !id.isBlank())
        .map(id -> cases.findOpenOriginal(idNumber(id), registration.categoryCode(),
            registration.occurrenceRegion()))
        .filter(Objects::nonNull)
        .findFirst().orElse(null);
  }

  /** ID numbers are stored with an upper-case check letter, so "x" and "X" find the same person. */
  private static String idNumber(String value) {
    String id = blankToNull(value);
    return id == null ? null : id.toUpperCase();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
