package cn.petition.document;

import java.time.Instant;

/**
 * One notice to the petitioner: a row of case_document, unique per (case, kind, occasion).
 *
 * @param occasion what distinguishes two notices of the same kind on a case ("-" when there is only one;
 *     the new due date of an extension)
 * @param facts the template's data as it was at issue, JSON
 */
public record CaseDocument(Long id, String caseNo, NoticeKind kind, String occasion, String docNo, String issuerDept,
    String addressee, String facts, Instant issuedAt, Instant deliveredAt, DeliveryMethod deliveryMethod,
    String deliveryNote, String deliveryRecordedBy, Instant deliveryRecordedAt) {

  /** The occasion of a notice a case gets only once. */
  public static final String ONCE = "-";

  public boolean delivered() {
    return deliveredAt != null;
  }
}
