package cn.petition.document;

/**
 * The written notices the 信访工作条例 requires a case to give the petitioner, each issued at its step:
 * whether the matter is accepted (受理审查), an extension and its reason (延期审批), the reply (答复),
 * and the decisions on 复查 and 复核.
 */
public enum NoticeKind {
  ACCEPTANCE_NOTICE(DocumentTemplate.ACCEPTANCE_NOTICE, "受告"),
  TRANSFER_NOTICE(DocumentTemplate.TRANSFER_NOTICE, "转告"),
  DECLINE_NOTICE(DocumentTemplate.DECLINE_NOTICE, "不受"),
  EXTENSION_NOTICE(DocumentTemplate.EXTENSION_NOTICE, "延告"),
  REPLY_OPINION(DocumentTemplate.REPLY_OPINION, "处意"),
  REVIEW_OPINION(DocumentTemplate.REVIEW_OPINION, "复查"),
  RE_REVIEW_OPINION(DocumentTemplate.RE_REVIEW_OPINION, "复核");

  private final DocumentTemplate template;
  private final String numberCode;

  NoticeKind(DocumentTemplate template, String numberCode) {
    this.template = template;
    this.numberCode = numberCode;
  }

  public DocumentTemplate template() {
    return template;
  }

  public String label() {
    return template.label();
  }

  /** The code in the document number (发文字号), e.g. 受告 in 受告〔2026〕12号. */
  public String numberCode() {
    return numberCode;
  }
}
