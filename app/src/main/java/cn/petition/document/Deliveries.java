package cn.petition.document;

import cn.petition.appeal.ServedDocuments;
import cn.petition.casefile.CaseEventKind;
import cn.petition.casefile.CaseTimeline;
import cn.petition.deadline.DeadlineCalculator;
import cn.petition.web.ConflictException;
import cn.petition.web.FieldProblem;
import cn.petition.web.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 送达: records when and how a notice reached the petitioner, once. The 复查 and 复核 request windows
 * run from the delivery of the written reply and of the 复查意见书 ({@link ServedDocuments}).
 */
@Service
public class Deliveries implements ServedDocuments {

  static final int NOTE_LENGTH = 500;

  private final CaseDocumentMapper mapper;
  private final CaseTimeline timeline;
  private final ZoneId zone;

  public Deliveries(CaseDocumentMapper mapper, CaseTimeline timeline, DeadlineCalculator calculator) {
    this.mapper = mapper;
    this.timeline = timeline;
    this.zone = calculator.zone();
  }

  /**
   * @throws InvalidRequestException naming each bad field
   * @throws ConflictException if the notice's delivery is recorded already
   */
  @Transactional
  public CaseDocument record(CaseDocument document, DeliveryRequest request, String user) {
    List<FieldProblem> problems = new ArrayList<>();
    Instant at = deliveredAt(request == null ? null : request.deliveredAt(), document, problems);
    DeliveryMethod method = method(request == null ? null : request.method(), problems);
    String note = request == null || request.note() == null || request.note().isBlank() ? null : request.note().strip();
    if (note != null && note.length() > NOTE_LENGTH) {
      problems.add(new FieldProblem("note", "备注不能超过" + NOTE_LENGTH + "字"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    if (document.delivered()) {
      throw alreadyDelivered(document);
    }
    if (mapper.deliver(document.id(), at, method, note, user, ClockUtil.getCurrentTime().toInstant()) == 0) {
      throw alreadyDelivered(mapper.byId(document.id()));
    }
    timeline.record(document.caseNo(), CaseEventKind.NOTICE_DELIVERED, user, document.issuerDept(), document.kind().label() + " "
        + document.docNo() + " 于" + Wording.day(at, zone) + method.label() + (note == null ? "" : "（" + note + "）"));
    return mapper.byId(document.id());
  }

  @Override
  public Instant replyServedAt(String caseNo) {
    return servedAt(caseNo, NoticeKind.REPLY_OPINION);
  }

  @Override
  public Instant reviewOpinionServedAt(String caseNo) {
    return servedAt(caseNo, NoticeKind.REVIEW_OPINION);
  }

  private Instant servedAt(String caseNo, NoticeKind kind) {
    CaseDocument latest = mapper.latest(caseNo, kind);
    return latest == null ? null : latest.deliveredAt();
  }

  /** A date means the start of that day in the office's zone: the window counts from the next day. */
  private Instant deliveredAt(String text, CaseDocument document, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      problems.add(new FieldProblem("deliveredAt", "必须填写送达时间"));
      return null;
    }
    Instant at;
    try {
      at = text.strip().length() == 10 ? LocalDate.parse(text.strip()).atStartOfDay(zone).toInstant()
          : OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem("deliveredAt", "必须是日期（如 2026-10-03）或带时区的 ISO-8601 时间（如 2026-10-03T15:00:00+08:00）"));
      return null;
    }
    if (at.isAfter(ClockUtil.getCurrentTime().toInstant())) {
      problems.add(new FieldProblem("deliveredAt", "送达时间不能晚于当前时间"));
    } else if (at.isBefore(document.issuedAt().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant())) {
      problems.add(new FieldProblem("deliveredAt", "送达时间不能早于文书出具日期（" + Wording.day(document.issuedAt(), zone) + "）"));
    }
    return at;
  }

  private static DeliveryMethod method(String text, List<FieldProblem> problems) {
    try {
      return DeliveryMethod.valueOf(String.valueOf(text).strip());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("method", "必须是 DIRECT（直接送达）、MAIL（邮寄送达）或 ELECTRONIC（电子送达）"));
      return null;
    }
  }

  private ConflictException alreadyDelivered(CaseDocument document) {
    return new ConflictException(document.kind().label() + " " + document.docNo() + " 已登记于"
        + Wording.day(document.deliveredAt(), zone) + document.deliveryMethod().label() + "，不能重复登记");
  }
}
