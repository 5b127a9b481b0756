package cn.petition.document;

import cn.petition.appeal.AppealDecided;
import cn.petition.appeal.AppealKind;
import cn.petition.appeal.AppealProperties;
import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.casefile.Petitioner;
import cn.petition.casefile.PetitionerMapper;
import cn.petition.deadline.CaseDeadlines;
import cn.petition.deadline.DeadlineProperties;
import cn.petition.deadline.TimeLimit;
import cn.petition.deadline.TimeUnitKind;
import cn.petition.handling.CaseAccepted;
import cn.petition.handling.CaseDeclined;
import cn.petition.handling.HandlingExtended;
import cn.petition.handling.ReplyIssued;
import cn.petition.org.ReferenceData;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The facts a notice states, as they are when it is issued, keyed by the tags of its template
 * (processes/documents/*.docx). Every notice names the petitioner's matter the same way: who raised it,
 * when, how, its title and number.
 */
@Component
class NoticeFacts {

  private final PetitionCaseMapper cases;
  private final PetitionerMapper petitioners;
  private final ReferenceData referenceData;
  private final CaseDeadlines deadlines;
  private final DeadlineProperties limits;
  private final ZoneId zone;
  private final String appealOrgan;

  NoticeFacts(PetitionCaseMapper cases, PetitionerMapper petitioners, ReferenceData referenceData,
      CaseDeadlines deadlines, DeadlineProperties limits, ZoneId zone, AppealProperties appeal) {
    this.cases = cases;
    this.petitioners = petitioners;
    this.referenceData = referenceData;
    this.deadlines = deadlines;
    this.limits = limits;
    this.zone = zone;
    this.appealOrgan = appeal.decidingDept();
  }

  /** 受理告知书 or, for a transfer, 转送告知书. */
  Map<String, Object> accepted(CaseAccepted e) {
    Map<String, Object> facts = matter(e.caseNo(), e.firstContactDept());
    String handling = referenceData.departmentName(e.handlingDept());
    facts.put("handlingDeptName", handling);
    facts.put("handlingClause", e.handlingDept().equals(e.firstContactDept()) ? "由本机关办理" : "交由" + handling + "办理");
    facts.put("handleDueDate", Wording.day(deadlines.dueOf(e.caseNo(), CaseProcess.LIMIT_HANDLE).toInstant(), zone));
    if (e.transferred()) {
      facts.put("copyTo", handling);
    }
    return facts;
  }

  /** 不予受理告知书: the reason, and where the petitioner may go instead. */
  Map<String, Object> declined(CaseDeclined e) {
    Map<String, Object> facts = matter(e.caseNo(), e.firstContactDept());
    facts.put("declineReason", Wording.clause(e.reason()));
    String you = (String) facts.get("you");
    String guidance = Wording.clause(e.guidance());
    // "请向县人民法院提起诉讼" stands as written; "向县人民法院提起诉讼" becomes "你可以向县人民法院提起诉讼".
    facts.put("guidance", guidance.startsWith("请") || guidance.startsWith("可") || guidance.startsWith(you) ? guidance
        : you + "可以" + guidance);
    return facts;
  }

  /** 延期办理告知书: why, how long, until when. */
  Map<String, Object> extended(HandlingExtended e) {
    Map<String, Object> facts = matter(e.caseNo(), e.handlingDept());
    facts.put("extensionReason", Wording.clause(e.reason()));
    facts.put("extensionDays", String.valueOf(e.days()));
    facts.put("previousDueDate", Wording.day(e.previousDueAt(), zone));
    facts.put("newDueDate", Wording.day(e.newDueAt(), zone));
    return facts;
  }

  /** 信访事项处理意见书: the reply, the outcome and the way to request 复查. */
  Map<String, Object> replied(ReplyIssued e) {
    Map<String, Object> facts = matter(e.caseNo(), e.handlingDept());
    String you = (String) facts.get("you");
    facts.put("reply", Wording.paragraphs(e.replyText()));
    facts.put("outcomeSentence", switch (e.outcome()) {
      case SUPPORT -> "本机关对" + you + "的请求予以支持。";
      case EXPLAIN -> "以上情况，特向" + you + "解释说明。";
      case REJECT -> "经调查核实，" + you + "的请求缺乏事实和政策依据，本机关不予支持。";
    });
    facts.put("appealWindow", window(AppealKind.REVIEW));
    facts.put("appealOrgan", referenceData.departmentName(appealOrgan));
    return facts;
  }

  /** 复查意见书 or 复核意见书. */
  Map<String, Object> appealDecided(AppealDecided e) {
    Map<String, Object> facts = matter(e.caseNo(), e.decidingDept());
    PetitionCase c = cases.find(e.caseNo());
    facts.put("originalOrgan", referenceData.departmentName(c.getHandlingDept() == null ? c.getFirstContactDept()
        : c.getHandlingDept()));
    facts.put("requestDate", Wording.day(e.requestReceivedAt(), zone));
    facts.put("opinion", Wording.paragraphs(e.opinion()));
    facts.put("appealWindow", window(AppealKind.RE_REVIEW));
    return facts;
  }

  /** The facts every notice states: the petitioner's matter, the issuer, nobody copied. */
  private Map<String, Object> matter(String caseNo, String issuerDept) {
    PetitionCase c = cases.find(caseNo);
    List<Petitioner> people = petitioners.ofCase(caseNo);
    Map<String, Object> facts = new HashMap<>();
    String names = people.stream().map(Petitioner::name).filter(n -> n != null && !n.isBlank())
        .collect(Collectors.joining("、"));
    facts.put("addressee", names.isEmpty() ? "信访人" : names);
    facts.put("you", people.size() > 1 ? "你们" : "你");
    facts.put("receivedDate", Wording.day(c.getReceivedAt(), zone));
    facts.put("channelVerb", Wording.channelVerb(c.getChannel()));
    facts.put("caseTitle", c.getTitle());
    facts.put("caseNo", caseNo);
    facts.put("issuerName", referenceData.departmentName(issuerDept));
    facts.put("copyTo", null);
    return facts;
  }

  /** The petitioner's window to request the appeal, e.g. 30日 (or 15个工作日). */
  private String window(AppealKind kind) {
    TimeLimit limit = limits.limit(kind.requestLimit(), null);
    return limit.amount() + (limit.unit() == TimeUnitKind.CALENDAR_DAYS ? "日" : "个" + limit.unit().label());
  }
}
