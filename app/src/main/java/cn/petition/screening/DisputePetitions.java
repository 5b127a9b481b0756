package cn.petition.screening;

import cn.petition.casefile.CaseEventKind;
import cn.petition.casefile.CaseTimeline;
import cn.petition.intake.Channel;
import cn.petition.intake.IntakeService;
import cn.petition.intake.PetitionerInput;
import cn.petition.intake.RegisterCaseRequest;
import cn.petition.intake.RegisteredCase;
import cn.petition.org.PetitionUser;
import cn.petition.web.ConflictException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a dispute into a petition case with one action (转为信访件): registers it through the ordinary intake,
 * so the case process starts as for any petition, and links dispute and case. The dispute keeps its history.
 */
@Service
public class DisputePetitions {

  private final DisputeMapper mapper;
  private final DisputeService disputes;
  private final IntakeService intake;
  private final CaseTimeline timeline;

  public DisputePetitions(DisputeMapper mapper, DisputeService disputes, IntakeService intake,
      CaseTimeline timeline) {
    this.mapper = mapper;
    this.disputes = disputes;
    this.intake = intake;
    this.timeline = timeline;
  }

  /** @throws ConflictException when the dispute was resolved locally or already became a case */
  @Transactional
  public RegisteredCase petition(long id, DisputePetitionRequest overrides, PetitionUser user) {
    Dispute d = disputes.find(id);
    refuseIfClosed(d);
    DisputePetitionRequest o = overrides == null ? DisputePetitionRequest.DEFAULTS : overrides;
    List<PetitionerInput> petitioners = o.petitioners() == null || o.petitioners().isEmpty()
        ? List.of(new PetitionerInput(petitionerName(d), null, null, d.regionCode(), d.regionCode()))
        : o.petitioners();
    String content = d.description() + "\n（矛盾纠纷排查转入：编号 " + id + "，发生地点 " + d.place() + "）";
    // A named first-contact department must be the caller's own (FirstContactPolicy); by default it is the
    // dispute's street office, whose right to the case DisputeAccess has checked.
    RegisteredCase registered = intake.register(new RegisterCaseRequest(
        o.channel() == null ? Channel.VISIT : o.channel(), null, o.firstContactDept(),
        d.title(), content.length() <= 4000 ? content : d.description(), d.categoryCode(), d.regionCode(),
        Math.max(d.personCount(), petitioners.size()), petitioners, d.skipLevel(), d.extremeBehaviour()), user,
        d.ownerDept());
    if (mapper.petitioned(id, registered.caseNo()) != 1) {
      // Someone else closed it meanwhile: roll the new case back.
      refuseIfClosed(disputes.find(id));
      throw new ConflictException("矛盾纠纷 " + id + " 已不再待处理");
    }
    disputes.event(id, DisputeEventKind.PETITIONED, user.id(), "转为信访件 " + registered.caseNo());
    disputes.closeWarning(id, user.id(), "已转为信访件 " + registered.caseNo(), true);
    timeline.record(registered.caseNo(), CaseEventKind.FROM_DISPUTE, user.id(), user.homeDepartment(),
        "由矛盾纠纷 " + id + " 转为信访件（" + d.place() + "，" + d.title() + "）");
    return registered;
  }

  private static void refuseIfClosed(Dispute d) {
    if (d.status() == DisputeStatus.RESOLVED) {
      throw new ConflictException("矛盾纠纷 " + d.id() + " 已就地化解，不能再转为信访件");
    }
    if (d.status() == DisputeStatus.PETITIONED) {
      throw new ConflictException("矛盾纠纷 " + d.id() + " 已转为信访件 " + d.caseNo() + "，不能重复转办");
    }
  }

  private static String petitionerName(Dispute d) {
    String first = d.parties() == null ? "" : d.parties().split("[,，、;；\\s]+")[0].trim();
    if (first.isEmpty()) {
      return "矛盾纠纷" + d.id() + "当事人";
    }
    return first.length() <= 100 ? first : first.substring(0, 100);
  }
}
