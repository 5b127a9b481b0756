package cn.petition.document;

/**
 * One Word template per kind of document. The three letters of the supervision ladder and the written
 * replies to the petitioner (处理意见书, 复查意见书, 复核意见书) are 函 in the letter layout; the notices
 * (告知书) and the 临期提示 use the general layout. One Word template per kind of document, in {@code processes/documents/} (petition.documents.templates),
 * editable in Word or WPS. Placeholders are poi-tl tags such as {@code {{caseNo}}}; README lists them.
 */
public enum DocumentTemplate {
  APPROACHING_NOTICE("临期提示", Layout.GENERAL, "approaching-notice.docx"),
  SUPERVISION_LETTER("督办函", Layout.LETTER, "supervision-letter.docx"),
  RISK_REMINDER_LETTER("风险提醒函", Layout.LETTER, "risk-reminder-letter.docx"),
  ACCOUNTABILITY_LETTER("问责建议函", Layout.LETTER, "accountability-letter.docx"),
  ACCEPTANCE_NOTICE("受理告知书", Layout.GENERAL, "acceptance-notice.docx"),
  TRANSFER_NOTICE("转送告知书", Layout.GENERAL, "transfer-notice.docx"),
  DECLINE_NOTICE("不予受理告知书", Layout.GENERAL, "decline-notice.docx"),
  EXTENSION_NOTICE("延期办理告知书", Layout.GENERAL, "extension-notice.docx"),
  REPLY_OPINION("信访事项处理意见书", Layout.LETTER, "reply-opinion.docx"),
  REVIEW_OPINION("信访事项复查意见书", Layout.LETTER, "review-opinion.docx"),
  RE_REVIEW_OPINION("信访事项复核意见书", Layout.LETTER, "re-review-opinion.docx");

  private final String label;
  private final Layout layout;
  private final String file;

  DocumentTemplate(String label, Layout layout, String file) {
    this.label = label;
    this.layout = layout;
    this.file = file;
  }

  /** The kind of document (文种) as people name it, e.g. 督办函. */
  public String label() {
    return label;
  }

  public Layout layout() {
    return layout;
  }

  /** File name of the template in the templates folder. */
  public String file() {
    return file;
  }
}
