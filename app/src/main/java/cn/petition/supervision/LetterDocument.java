package cn.petition.supervision;

import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import com.deepoove.poi.XWPFTemplate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Renders a letter as a Word document (公文) with poi-tl from the template
 * processes/letters/letter-template.docx, which designers edit in Word or WPS. Placeholders:
 * {{issuerName}} {{letterNo}} {{title}} {{recipientName}} {{caseNo}} {{caseTitle}} {{reason}}
 * {{daysLate}} {{request}} {{responseDue}} {{rule}} {{issuedDate}} {{copyTo}}.
 */
@Component
public class LetterDocument {

  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日HH时mm分");
  private static final Map<LetterKind, String> REQUESTS = Map.of(
      LetterKind.NOTICE, "请抓紧办理，确保在时限内办结。",
      LetterKind.SUPERVISION_LETTER, "现予督办。请你单位主要负责人亲自过问，立即组织办理，并说明逾期原因和整改措施。",
      LetterKind.RISK_REMINDER_LETTER, "该信访事项风险较高，请包案领导（责任领导）高度重视，落实稳控和化解措施，防止矛盾激化。",
      LetterKind.ACCOUNTABILITY_LETTER, "经督办仍未按期办结，建议依规依纪对相关责任单位和责任人员进行问责。");

  private final Resource template;
  private final PetitionCaseMapper cases;
  private final LetterViews views;

  public LetterDocument(SupervisionProperties properties, PetitionCaseMapper cases, LetterViews views) {
    this.template = properties.letterTemplate();
    this.cases = cases;
    this.views = views;
  }

  public byte[] render(Letter letter) {
    LetterView view = views.view(letter);
    PetitionCase c = cases.find(letter.getCaseNo());
    Map<String, Object> data = new HashMap<>();
    data.put("issuerName", view.issuerName());
    data.put("letterNo", letter.getLetterNo());
    data.put("title", "关于信访件" + letter.getCaseNo() + "的" + letter.getKind().label());
    data.put("recipientName", view.recipientName());
    data.put("caseNo", letter.getCaseNo());
    data.put("caseTitle", c == null ? "" : c.getTitle());
    data.put("reason", letter.getReason());
    data.put("daysLate", String.valueOf(letter.getDaysLate()));
    data.put("request", REQUESTS.get(letter.getKind()));
    data.put("responseDue", view.responseDueAt() == null ? "（无需回复）" : TIME.format(view.responseDueAt()));
    data.put("rule", letter.getRuleName() == null ? "" : letter.getRuleName());
    data.put("issuedDate", DAY.format(view.issuedAt()));
    data.put("copyTo", letter.getCopyTo() == null ? "无" : views.recipientName(letter.getCopyTo()));
    try (InputStream in = template.getInputStream(); XWPFTemplate doc = XWPFTemplate.compile(in).render(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("无法生成函件 " + letter.getLetterNo() + " 的 Word 文档", e);
    }
  }

  /** File name of the download, e.g. 督〔2026〕17号-督办函-XF2026092800001.docx. */
  public static String fileName(Letter letter) {
    return letter.getLetterNo() + "-" + letter.getKind().label() + "-" + letter.getCaseNo() + ".docx";
  }
}
