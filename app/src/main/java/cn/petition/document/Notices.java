package cn.petition.document;

import cn.petition.casefile.CaseEventKind;
import cn.petition.casefile.CaseTimeline;
import cn.petition.deadline.DeadlineCalculator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the written notices to the petitioner exactly once per (case, kind, occasion): insert-if-absent
 * on the unique key, and a lost race returns the row the winner stored. A notice keeps the facts it
 * stated when it was issued, with its number and date, and renders from them whenever it is printed.
 */
@Service
public class Notices {

  private static final Logger LOG = LoggerFactory.getLogger(Notices.class);
  private static final TypeReference<Map<String, Object>> FACTS = new TypeReference<>() {};
  /** case_document.addressee holds this many characters; the document itself names every petitioner. */
  private static final int ADDRESSEE_LENGTH = 500;

  private final CaseDocumentMapper mapper;
  private final DocumentNumbers numbers;
  private final CaseTimeline timeline;
  private final DeadlineCalculator calculator;
  private final DocumentRenderer renderer;
  private final ObjectMapper json;

  public Notices(CaseDocumentMapper mapper, DocumentNumbers numbers, CaseTimeline timeline,
      DeadlineCalculator calculator, DocumentRenderer renderer, ObjectMapper json) {
    this.mapper = mapper;
    this.numbers = numbers;
    this.timeline = timeline;
    this.calculator = calculator;
    this.renderer = renderer;
    this.json = json;
  }

  /**
   * Issues a notice unless the case already has one of this kind for this occasion; then returns the
   * stored one and does nothing else.
   *
   * @param facts the template's facts (NoticeFacts); the number and the date are added here
   */
  @Transactional
  public CaseDocument issue(String caseNo, NoticeKind kind, String occasion, String issuerDept,
      Map<String, Object> facts) {
    CaseDocument existing = mapper.find(caseNo, kind, occasion);
    if (existing != null) {
      return existing;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
    String docNo = numbers.next(kind, now.atZone(calculator.zone()).getYear());
    facts.put("docNo", docNo);
    facts.put("issuedDate", Wording.day(now, calculator.zone()));
    String addressee = (String) facts.get("addressee");
    CaseDocument draft = new CaseDocument(null, caseNo, kind, occasion, docNo, issuerDept,
        addressee.length() <= ADDRESSEE_LENGTH ? addressee : addressee.substring(0, ADDRESSEE_LENGTH - 1) + "…",
        write(facts), now, null, null, null, null, null);
    try {
      mapper.insert(draft);
    } catch (DuplicateKeyException raceLost) {
      LOG.debug("{} {}/{} was issued concurrently; returning the stored row", caseNo, kind, occasion);
      CaseDocument winner = mapper.find(caseNo, kind, occasion);
      if (winner == null) {
        throw new IllegalStateException(kind.label() + " " + docNo + " 正由另一节点出具，请重试", raceLost);
      }
      return winner;
    }
    timeline.record(caseNo, CaseEventKind.NOTICE_ISSUED, null, issuerDept, "出具" + kind.label() + " " + docNo + "，送达"
        + draft.addressee());
    return mapper.find(caseNo, kind, occasion);
  }

  public List<CaseDocument> ofCase(String caseNo) {
    return mapper.ofCase(caseNo);
  }

  /** A notice of the case, or null. */
  public CaseDocument find(String caseNo, long id) {
    CaseDocument document = mapper.byId(id);
    return document != null && document.caseNo().equals(caseNo) ? document : null;
  }

  /** The notice as a Word document, from its template and the facts it was issued with. */
  public byte[] render(CaseDocument document) {
    return renderer.render(document.kind().template(), read(document.facts()));
  }

  /** File name of a download, e.g. 受告〔2026〕12号-信访事项受理告知书-XF2026092800001.docx. */
  public static String fileName(CaseDocument document, String extension) {
    return document.docNo() + "-" + document.kind().label() + "-" + document.caseNo() + "." + extension;
  }

  private String write(Map<String, Object> facts) {
    try {
      return json.writeValueAsString(facts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("文书事实无法保存", e);
    }
  }

  private Map<String, Object> read(String facts) {
    try {
      return json.readValue(facts, FACTS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("文书事实无法读取", e);
    }
  }
}
