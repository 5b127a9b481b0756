package cn.petition.document;

import cn.petition.org.CurrentUser;
import cn.petition.org.PetitionUser;
import cn.petition.org.ReferenceData;
import cn.petition.deadline.DeadlineCalculator;
import cn.petition.web.NotFoundException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notices of a case: GET /api/cases/{caseNo}/documents lists them, .../{id}/docx and .../{id}/pdf
 * download one, POST .../{id}/delivery records its delivery (送达).
 */
@RestController
public class DocumentController {

  private final Notices notices;
  private final Deliveries deliveries;
  private final DocumentAccess access;
  private final PdfConverter pdf;
  private final ReferenceData referenceData;
  private final CurrentUser currentUser;
  private final ZoneId zone;

  public DocumentController(Notices notices, Deliveries deliveries, DocumentAccess access, PdfConverter pdf,
      ReferenceData referenceData, CurrentUser currentUser, DeadlineCalculator calculator) {
    this.notices = notices;
    this.deliveries = deliveries;
    this.access = access;
    this.pdf = pdf;
    this.referenceData = referenceData;
    this.currentUser = currentUser;
    this.zone = calculator.zone();
  }

  @GetMapping("/api/cases/{caseNo}/documents")
  public List<DocumentView> ofCase(@PathVariable String caseNo) {
    List<CaseDocument> documents = notices.ofCase(caseNo);
    access.visibleCase(caseNo, currentUser.get(), documents);
    return documents.stream().map(this::view).toList();
  }

  @GetMapping("/api/cases/{caseNo}/documents/{id}/docx")
  public ResponseEntity<byte[]> docx(@PathVariable String caseNo, @PathVariable long id) {
    CaseDocument document = visible(caseNo, id);
    return Downloads.attachment(notices.render(document), DocumentRenderer.DOCX, Notices.fileName(document, "docx"));
  }

  @GetMapping("/api/cases/{caseNo}/documents/{id}/pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable String caseNo, @PathVariable long id) {
    CaseDocument document = visible(caseNo, id);
    String name = Notices.fileName(document, "pdf");
    return Downloads.attachment(pdf.convert(notices.render(document), name), PdfConverter.PDF, name);
  }

  @PostMapping("/api/cases/{caseNo}/documents/{id}/delivery")
  public DocumentView delivery(@PathVariable String caseNo, @PathVariable long id,
      @RequestBody(required = false) DeliveryRequest request) {
    PetitionUser user = currentUser.get();
    CaseDocument document = notices.find(caseNo, id);
    if (document == null) {
      throw notFound(id);
    }
    access.requireMayRecordDelivery(user, document);
    return view(deliveries.record(document, request, user.id()));
  }

  private CaseDocument visible(String caseNo, long id) {
    CaseDocument document = notices.find(caseNo, id);
    if (document == null) {
      throw notFound(id);
    }
    access.requireVisible(currentUser.get(), document);
    return document;
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("文书 " + id + " 不存在或您无权查看");
  }

  private DocumentView view(CaseDocument d) {
    String url = "/api/cases/" + d.caseNo() + "/documents/" + d.id();
    DocumentView.Delivery delivery = d.delivered() ? new DocumentView.Delivery(at(d.deliveredAt()),
        d.deliveryMethod().name(), d.deliveryMethod().label(), d.deliveryNote(), d.deliveryRecordedBy(),
        at(d.deliveryRecordedAt())) : null;
    return new DocumentView(d.id(), d.caseNo(), d.kind().name(), d.kind().label(), d.docNo(), d.issuerDept(),
        referenceData.departmentName(d.issuerDept()), d.addressee(), at(d.issuedAt()), delivery, url + "/docx",
        url + "/pdf");
  }

  private OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }
}
