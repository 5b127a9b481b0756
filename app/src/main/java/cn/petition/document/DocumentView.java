package cn.petition.document;

import java.time.OffsetDateTime;

/**
 * A notice as GET /api/cases/{caseNo}/documents lists it.
 *
 * @param delivery null until the delivery is recorded
 */
public record DocumentView(long id, String caseNo, String kind, String kindLabel, String docNo, String issuerDept,
    String issuerName, String addressee, OffsetDateTime issuedAt, Delivery delivery, String docxUrl, String pdfUrl) {

  /** 送达: when, how, what the office noted, and who recorded it when. */
  public record Delivery(OffsetDateTime deliveredAt, String method, String methodLabel, String note,
      String recordedBy, OffsetDateTime recordedAt) {}
}
