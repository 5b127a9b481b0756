package cn.petition.document;

/**
 * The layout of 党政机关公文格式 (GB/T 9704-2012) in Word units, shared by the template generator, the
 * renderer and the tests that check rendered documents. Word measures in twips (1/1440 inch) and font
 * sizes in half points.
 */
public final class Gbt9704 {

  /** A4, 210 × 297 mm. */
  public static final int PAGE_WIDTH = mm(210);
  public static final int PAGE_HEIGHT = mm(297);
  /** 天头 37 mm, 订口 28 mm; the type area (版心) 156 × 225 mm leaves 35 mm below and 26 mm on the right. */
  public static final int MARGIN_TOP = mm(37);
  public static final int MARGIN_LEFT = mm(28);
  public static final int MARGIN_BOTTOM = mm(35);
  public static final int MARGIN_RIGHT = mm(26);
  public static final int TYPE_AREA_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

  /** 3号 (16 pt) body text, 22 lines a page: 225 mm / 22 = 28.95 pt a line. */
  public static final int BODY_HALF_POINTS = 32;
  public static final int LINE_PITCH = Math.round(mm(225) / 22f);
  /**
   * 28 characters a line: 156 mm / 28 = 15.79 pt, so body characters are set 0.25 pt closer than their
   * 16 pt (in twentieths of a point).
   */
  public static final int CHARACTER_SPACING = -5;
  /** One character of body text (16 pt) in twips, the unit of indents such as 首行缩进二字. */
  public static final int BODY_CHAR = 320;
  /** 2号 (22 pt) title. */
  public static final int TITLE_HALF_POINTS = 44;
  /** 4号 (14 pt) page numbers and foot block (版记). */
  public static final int SMALL_HALF_POINTS = 28;
  /** Size of the issuing organ's mark (发文机关标志): 小初 (36 pt). */
  public static final int MARK_HALF_POINTS = 72;
  /** The mark's top edge lies 35 mm below the top of the type area (general format). */
  public static final int GENERAL_MARK_BELOW_TYPE_AREA = mm(35);
  /** Letter format (信函格式): the mark's top edge 30 mm from the top of the page. */
  public static final int LETTER_MARK_FROM_TOP = mm(30);
  /** Letter format: the lower red double rule lies 20 mm above the bottom edge of the page. */
  public static final int LETTER_LOWER_RULE_FROM_BOTTOM = mm(20);
  /** Letter format: both red double rules are 170 mm long, centred on the page. */
  public static final int LETTER_RULE_LENGTH = mm(170);
  /** The red rule lies 4 mm below the mark (letter format) or below the document number (general format), in points. */
  public static final int RULE_GAP_POINTS = 11;
  /** Page numbers: 7 mm below the type area. */
  public static final int PAGE_NUMBER_BELOW_TYPE_AREA = mm(7);

  /** Red of the mark and the rules. */
  public static final String RED = "FF0000";

  /** Title and mark: 方正小标宋简体, else 华文中宋, else 宋体. */
  public static final String TITLE_FONT = "方正小标宋简体";
  /** Body: 仿宋_GB2312, else 仿宋. */
  public static final String BODY_FONT = "仿宋_GB2312";
  /** Page numbers: 宋体. */
  public static final String PAGE_NUMBER_FONT = "宋体";

  private Gbt9704() {}

  /** Millimetres in twips. */
  public static int mm(double millimetres) {
    return (int) Math.round(millimetres * 1440 / 25.4);
  }
}
