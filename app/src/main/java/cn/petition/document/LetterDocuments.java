package cn.petition.document;

import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.deadline.DeadlineCalculator;
import cn.petition.org.DepartmentGroups;
import cn.petition.org.ReferenceData;
import cn.petition.supervision.Letter;
import cn.petition.supervision.LetterKind;
import cn.petition.supervision.Letters;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The supervision letters (临期提示, 督办函, 风险提醒函, 问责建议函) as Word documents, from their
 * templates in processes/documents/ and the letter as it was issued: its number, its reason (the facts
 * at issue time), the recipient organ and the unit that was late. A letter to the discipline body names
 * that unit; a letter to the late unit itself says 你单位.
 */
@Component
public class LetterDocuments {

  private final DocumentRenderer renderer;
  private final PetitionCaseMapper cases;
  private final ReferenceData referenceData;
  private final Letters letters;
  private final ZoneId zone;

  public LetterDocuments(DocumentRenderer renderer, PetitionCaseMapper cases, ReferenceData referenceData,
      Letters letters, DeadlineCalculator calculator) {
    this.renderer = renderer;
    this.cases = cases;
    this.referenceData = referenceData;
    this.letters = letters;
    this.zone = calculator.zone();
  }

  public byte[] render(Letter letter) {
    return renderer.render(template(letter.getKind()), data(letter));
  }

  public static DocumentTemplate template(LetterKind kind) {
    return switch (kind) {
      case NOTICE -> DocumentTemplate.APPROACHING_NOTICE;
      case SUPERVISION_LETTER -> DocumentTemplate.SUPERVISION_LETTER;
      case RISK_REMINDER_LETTER -> DocumentTemplate.RISK_REMINDER_LETTER;
      case ACCOUNTABILITY_LETTER -> DocumentTemplate.ACCOUNTABILITY_LETTER;
    };
  }

  /** File name of a download, e.g. 督〔2026〕17号-督办函-XF2026092800001.docx. */
  public static String fileName(Letter letter, String extension) {
    return letter.getLetterNo() + "-" + letter.getKind().label() + "-" + letter.getCaseNo() + "." + extension;
  }

  Map<String, Object> data(Letter letter) {
    PetitionCase c = cases.find(letter.getCaseNo());
    String responsible = letter.getResponsibleDept();
    String responsibleName = referenceData.departmentName(responsible);
    Map<String, Object> data = new HashMap<>();
    data.put("issuerName", referenceData.departmentName(letter.getIssuerDept()));
    data.put("docNo", letter.getLetterNo());
    data.put("title", TitleLines.of(title(letter.getKind(), responsibleName)));
    data.put("addressee", referenceData.departmentName(letter.getRecipientDept()));
    data.put("subject", responsible.equals(letter.getRecipientDept()) ? "你单位" : responsibleName);
    data.put("caseNo", letter.getCaseNo());
    data.put("caseTitle", c == null ? "" : c.getTitle());
    // The body already names the late unit ({{subject}}承办的…): the reason's closing "责任单位：…。" is not repeated.
    data.put("facts", letter.getReason().replace("责任单位：" + responsibleName + "。", ""));
    data.put("priorLetters", letter.getKind() == LetterKind.ACCOUNTABILITY_LETTER ? priorLetters(letter) : "");
    data.put("responseDue", Wording.day(letter.getResponseDueAt(), zone));
    data.put("issuedDate", Wording.day(letter.getIssuedAt(), zone));
    data.put("copyTo", letter.getCopyTo() == null ? null
        : referenceData.departmentName(DepartmentGroups.departmentOf(letter.getCopyTo())));
    return data;
  }

  private static String title(LetterKind kind, String responsibleName) {
    return switch (kind) {
      case NOTICE -> "关于信访事项办理期限即将届满的提示";
      case SUPERVISION_LETTER -> "关于督促办理信访事项的函";
      case RISK_REMINDER_LETTER -> "关于信访事项风险防控的提醒函";
      case ACCOUNTABILITY_LETTER -> "关于对" + responsibleName + "信访事项办理逾期问题予以问责的建议函";
    };
  }

  /** The letters that went before on the same step, which the accountability letter cites. */
  private String priorLetters(Letter letter) {
    String cited = letters.ofCase(letter.getCaseNo()).stream()
        .filter(l -> l.getStep().equals(letter.getStep()) && !l.getIssuedAt().isAfter(letter.getIssuedAt()))
        .filter(l -> l.getKind() == LetterKind.SUPERVISION_LETTER || l.getKind() == LetterKind.RISK_REMINDER_LETTER)
        .map(l -> l.getKind().label() + "（" + l.getLetterNo() + "，" + Wording.day(l.getIssuedAt(), zone) + "）")
        .collect(Collectors.joining("、"));
    return cited.isEmpty() ? "" : "此前已发出" + cited + "，仍未按期办结。";
  }
}
