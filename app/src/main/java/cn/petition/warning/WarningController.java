package cn.petition.warning;

import cn.petition.casefile.CaseQueryService;
import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.PetitionCase;
import cn.petition.org.CurrentUser;
import cn.petition.org.PetitionUser;
import cn.petition.org.WriteRoles;
import cn.petition.web.InvalidRequestException;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** New facts on a case by its departments (re-evaluates its colour), and the reload of the phrase list. */
@RestController
public class WarningController {

  private final CaseQueryService queries;
  private final WarningService warnings;
  private final WarningMapper mapper;
  private final CaseTimeline timeline;
  private final TextSignals textSignals;
  private final CurrentUser currentUser;

  public WarningController(CaseQueryService queries, WarningService warnings, WarningMapper mapper,
      CaseTimeline timeline, TextSignals textSignals, CurrentUser currentUser) {
    this.queries = queries;
    this.warnings = warnings;
    this.mapper = mapper;
    this.timeline = timeline;
    this.textSignals = textSignals;
    this.currentUser = currentUser;
  }

  /** A handler records new facts (人数、越级、极端行为、情况说明); the colour is evaluated again. */
  @PostMapping("/api/cases/{caseNo}/facts")
  @Transactional
  public Map<String, Object> recordFacts(@PathVariable String caseNo, @Valid @RequestBody CaseFactsRequest request) {
    PetitionUser user = currentUser.get();
    PetitionCase c = queries.changeableCase(caseNo, user);
    if (request.personCount() == null && request.skipLevel() == null && request.extremeBehaviour() == null
        && (request.note() == null || request.note().isBlank())) {
      throw new InvalidRequestException("note", "至少填写一项新情况（人数、越级访、极端行为或情况说明）");
    }
    int persons = request.personCount() == null ? c.getPersonCount() : request.personCount();
    boolean skip = request.skipLevel() == null ? c.isSkipLevel() : request.skipLevel();
    boolean extreme = request.extremeBehaviour() == null ? c.isExtremeBehaviour() : request.extremeBehaviour();
    mapper.recordFacts(caseNo, persons, skip, extreme);
    timeline.record(caseNo, WarningService.EVENT_FACTS, user.id(), user.homeDepartment(),
        "涉及人数" + persons + "，越级访" + (skip ? "是" : "否") + "，极端行为" + (extreme ? "是" : "否")
            + (request.note() == null || request.note().isBlank() ? "" : "。" + request.note().strip()));
    Assessment assessment = warnings.assessCase(caseNo, "FACTS", user.id());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("caseNo", caseNo);
    answer.put("warningLevel", assessment.level().name());
    answer.put("raised", assessment.raised());
    answer.put("rule", assessment.decided().rule());
    answer.put("matchedPhrases", assessment.signal().phrases());
    answer.put("warnings", warnings.viewsOfCase(caseNo));
    return answer;
  }

  /** Administrators and process designers reload rules/warning/phrases.txt without a restart. */
  @PostMapping("/api/warnings/phrases/reload")
  public Map<String, Object> reloadPhrases() {
    WriteRoles.requireAdminOrDesigner(currentUser.get(), "重新加载预警词表");
    List<Phrase> phrases = textSignals.reload();
    return Map.of("phrases", phrases.size());
  }
}
