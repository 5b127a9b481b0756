package cn.petition.supervision;

/** What a rung of the supervision ladder produces: a notice or one of the three letters (三函). */
public enum LetterKind {
  NOTICE("临期提示", "提", false),
  SUPERVISION_LETTER("督办函", "督", true),
  RISK_REMINDER_LETTER("风险提醒函", "险", true),
  ACCOUNTABILITY_LETTER("问责建议函", "问", true);

  private final String label;
  private final String prefix;
  private final boolean needsAnswer;

  LetterKind(String label, String prefix, boolean needsAnswer) {
    this.label = label;
    this.prefix = prefix;
    this.needsAnswer = needsAnswer;
  }

  public String label() {
    return label;
  }

  /** The character of the letter number, e.g. 督 in 督〔2026〕17号. */
  public String prefix() {
    return prefix;
  }

  /** A letter the recipient must answer by its response due date (a notice needs no answer). */
  public boolean needsAnswer() {
    return needsAnswer;
  }
}
