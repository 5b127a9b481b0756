package cn.petition.screening;

import cn.petition.org.PetitionUser;
import cn.petition.org.ReferenceData;
import cn.petition.warning.Warning;
import cn.petition.warning.WarningService;
import cn.petition.web.NotFoundException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads disputes for the API, as the caller may see them. */
@Service
@Transactional(readOnly = true)
public class DisputeQueries {

  private final DisputeMapper mapper;
  private final DisputeAccess access;
  private final ReferenceData referenceData;
  private final WarningService warnings;
  private final ZoneId zone;

  public DisputeQueries(DisputeMapper mapper, DisputeAccess access, ReferenceData referenceData,
      WarningService warnings, ZoneId zone) {
    this.mapper = mapper;
    this.access = access;
    this.referenceData = referenceData;
    this.warnings = warnings;
    this.zone = zone;
  }

  /** A dispute the user may see; 404 otherwise. */
  public Dispute visible(long id, PetitionUser user) {
    Dispute d = mapper.find(id);
    if (d == null || !access.maySee(user, d)) {
      throw new NotFoundException("矛盾纠纷 " + id + " 不存在或您无权查看");
    }
    return d;
  }

  public DisputeView detail(long id, PetitionUser user) {
    return view(visible(id, user));
  }

  public List<DisputeView> search(PetitionUser user, String region, String status) {
    return mapper.search(access.visibleRegions(user), user.id(), region, status, 200).stream()
        .map(this::view).toList();
  }

  DisputeView view(Dispute d) {
    Warning w = warnings.current(Warning.DISPUTE, String.valueOf(d.id()));
    DisputeStatus status = d.status();
    return new DisputeView(d.id(), d.title(), status, status.label(), d.warningLevel(),
        new DisputeView.Coded(d.regionCode(), referenceData.regionName(d.regionCode())), d.place(), d.domain(),
        d.categoryCode(), d.personCount(), d.parties(), d.description(), d.skipLevel(), d.extremeBehaviour(),
        new DisputeView.Coded(d.ownerDept(), referenceData.departmentName(d.ownerDept())), at(d.reportedAt()),
        d.reportedBy(), d.resolution(), at(d.resolvedAt()), d.caseNo(),
        w == null ? null : new DisputeView.WarningView(w.level(), w.ruleName(), w.reason(), w.matchedPhrases(),
            w.status(), at(w.dueAt())),
        mapper.events(d.id()).stream().map(e -> new DisputeView.EventView(at(e.occurredAt()), e.kind(), e.actor(),
            e.detail())).toList());
  }

  private OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }
}
