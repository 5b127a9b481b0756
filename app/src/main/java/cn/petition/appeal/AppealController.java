package cn.petition.appeal;

import cn.petition.casefile.CaseQueryService;
import cn.petition.casefile.PetitionCase;
import cn.petition.deadline.CaseDeadlines;
import cn.petition.org.CurrentUser;
import cn.petition.org.PetitionUser;
import cn.petition.web.InvalidRequestException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/cases/{caseNo}/appeals registers a 复查 or 复核 request (shared/contract.md). */
@RestController
public class AppealController {

  private final Appeals appeals;
  private final CaseQueryService cases;
  private final CaseDeadlines deadlines;
  private final CurrentUser currentUser;
  private final ZoneId zone;

  public AppealController(Appeals appeals, CaseQueryService cases, CaseDeadlines deadlines, CurrentUser currentUser,
      @Value("${petition.zone}") String zone) {
    this.appeals = appeals;
    this.cases = cases;
    this.deadlines = deadlines;
    this.currentUser = currentUser;
    this.zone = ZoneId.of(zone);
  }

  @PostMapping("/api/cases/{caseNo}/appeals")
  public ResponseEntity<AppealView> register(@PathVariable String caseNo, @RequestBody AppealRequest request) {
    PetitionUser user = currentUser.get();
    PetitionCase c = cases.changeableCase(caseNo, user);
    AppealKind kind = kind(request.kind());
    Appeal appeal = appeals.register(c, kind, receivedAt(request.receivedAt()), user.id());
    AppealView view = new AppealView(caseNo, kind.name(), kind.label(), appeal.receivedAt().atZone(zone)
        .toOffsetDateTime(), appeal.decidingDept(), deadlines.dueOf(caseNo, kind.decideLimit()).toInstant()
        .atZone(zone).toOffsetDateTime(), appeal.processInstanceId(), appeal.status());
    return ResponseEntity.created(URI.create("/api/cases/" + caseNo)).body(view);
  }

  private static AppealKind kind(String kind) {
    try {
      return AppealKind.valueOf(String.valueOf(kind));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("kind", "必须是 REVIEW（复查）或 RE_REVIEW（复核）");
    }
  }

  private static Instant receivedAt(String text) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (text == null || text.isBlank()) {
      return now;
    }
    try {
      Instant at = OffsetDateTime.parse(text).toInstant();
      if (at.isAfter(now)) {
        throw new InvalidRequestException("receivedAt", "收到时间不能晚于当前时间");
      }
      return at;
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("receivedAt", "必须是带时区的 ISO-8601 时间，例如 2026-11-20T09:00:00+08:00");
    }
  }
}
