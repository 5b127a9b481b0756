package cn.petition.screening;

import cn.petition.org.PetitionUser;
import cn.petition.warning.Assessment;
import cn.petition.warning.TextSignal;
import cn.petition.warning.TextSignals;
import cn.petition.warning.Warning;
import cn.petition.warning.WarningFacts;
import cn.petition.warning.WarningLevel;
import cn.petition.warning.WarningService;
import cn.petition.web.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 矛盾纠纷: registers a reported dispute (from POST /api/disputes and from the Tasklist start form alike),
 * classifies it with the warning table, and records every later step in its history (dispute_event).
 */
@Service
public class DisputeService {

  private final DisputeMapper mapper;
  private final DisputeValidator validator;
  private final WarningService warnings;
  private final TextSignals textSignals;

  public DisputeService(DisputeMapper mapper, DisputeValidator validator, WarningService warnings,
      TextSignals textSignals) {
    this.mapper = mapper;
    this.validator = validator;
    this.warnings = warnings;
    this.textSignals = textSignals;
  }

  /** Checks and registers a report of the REST API (bean validation has run). */
  @Transactional
  public Dispute report(ReportDisputeRequest request, PetitionUser user) {
    return register(validator.check(request), user.id());
  }

  /**
   * Stores a checked report as REPORTED, then gives it its colour through the warning table
   * ({@link WarningService#assessDispute}, which starts the colour's response where there is one).
   */
  @Transactional
  public Dispute register(DisputeReport report, String actor) {
    NewDispute d = new NewDispute();
    d.reportedAt = now();
    d.reportedBy = actor;
    d.regionCode = report.regionCode();
    d.place = report.place();
    d.categoryCode = report.categoryCode();
    d.domain = report.domain().name();
    d.personCount = report.personCount();
    d.parties = report.parties();
    d.description = report.description();
    d.title = report.title();
    d.skipLevel = report.skipLevel();
    d.extremeBehaviour = report.extremeBehaviour();
    d.ownerDept = report.ownerDept();
    mapper.insert(d);
    event(d.id, DisputeEventKind.REPORTED, actor, "上报矛盾纠纷：" + report.title() + "（" + report.place() + "，涉及"
        + report.personCount() + "人）");

    TextSignal signal = textSignals.analyse(report.title(), report.description(), report.place());
    WarningFacts facts = new WarningFacts(report.personCount(), report.skipLevel(), 0, report.extremeBehaviour(),
        report.domain().name(), signal.strongest());
    Assessment assessment = warnings.assessDispute(d.id, facts, signal, WarningLevel.NONE, report.ownerDept(),
        report.title());
    if (assessment.raised()) {
      mapper.setWarningLevel(d.id, assessment.level().name());
      Warning w = warnings.current(Warning.DISPUTE, String.valueOf(d.id));
      event(d.id, DisputeEventKind.WARNING, null, assessment.level().label() + "（依据规则：" + w.ruleName() + "）"
          + (w.matchedPhrases() == null ? "" : "，预警词：" + w.matchedPhrases()));
    }
    return mapper.find(d.id);
  }

  public Dispute find(long id) {
    Dispute d = mapper.find(id);
    if (d == null) {
      throw new NotFoundException("矛盾纠纷 " + id + " 不存在");
    }
    return d;
  }

  /** Street review: the dispute goes to the monthly district dispatch. */
  public void escalate(long id, String actor, String note) {
    if (mapper.escalate(id) == 1) {
      event(id, DisputeEventKind.ESCALATED, actor, "街道研判提请区级调度" + suffix(note));
    }
  }

  /** Resolved locally (就地化解): the dispute is closed, and its colour response with it. */
  public void resolve(long id, String actor, String how, String note) {
    if (mapper.resolve(id, note, now()) == 1) {
      event(id, DisputeEventKind.RESOLVED, actor, how + "：" + note);
      closeWarning(id, actor, "就地化解：" + note, false);
    }
  }

  /** A step of a dispute's history. */
  public void event(long id, DisputeEventKind kind, String actor, String detail) {
    mapper.insertEvent(new DisputeEvent(null, id, now(), kind, actor,
        detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000)));
  }

  /**
   * Ends the dispute's open colour response: handled when it was resolved locally, superseded when it went on as
   * a petition case (the case gets its own colour at registration).
   */
  void closeWarning(long id, String actor, String note, boolean superseded) {
    warnings.endDisputeWarning(id, actor, note, superseded);
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
  }

  private static String suffix(String note) {
    return note == null || note.isBlank() ? "" : "：" + note;
  }
}
