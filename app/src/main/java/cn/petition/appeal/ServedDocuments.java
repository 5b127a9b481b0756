package cn.petition.appeal;

import java.time.Instant;

/**
 * When the written decisions reached the petitioner (送达), as recorded by the office: the 复查 window
 * runs from the delivery of the written reply, the 复核 window from the delivery of the 复查 opinion.
 * Implemented by the documents feature, which records deliveries.
 */
public interface ServedDocuments {

  /** Delivery of the written reply (信访事项处理意见书), or null while none is recorded. */
  Instant replyServedAt(String caseNo);

  /** Delivery of the 复查意见书, or null while none is recorded. */
  Instant reviewOpinionServedAt(String caseNo);
}
