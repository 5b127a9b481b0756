package cn.petition.document;

/** The two page layouts of GB/T 9704-2012 that the office's documents use. */
public enum Layout {
  /**
   * 通用格式: the red issuing organ's mark 35 mm below the top of the type area, the document number
   * centred under it, a red separating rule as wide as the type area, page numbers on every page, and
   * the foot block (版记) with 抄送, 印发机关 and 印发日期 between rules.
   */
  GENERAL,
  /**
   * 信函格式 (函): the mark 30 mm from the top of the page over a red double rule (thick over thin), a
   * second double rule (thin over thick) 20 mm above the bottom edge, both 170 mm long; the document
   * number flush right under the rule; no page number on the first page; a foot block with 抄送 only.
   */
  LETTER
}
