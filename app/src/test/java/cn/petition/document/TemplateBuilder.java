package cn.petition.document;

import static cn.petition.document.Gbt9704.*;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * Builds one GB/T 9704-2012 Word template: A4 with the standard margins and character grid, named
 * paragraph styles (公文标题, 公文正文 …) so an office can restyle the template in Word or WPS, the font
 * table with fallbacks, the red mark and rules of the general or the letter layout, page numbers and
 * the foot block. The body is WordprocessingML written here with poi-tl tags in the text; the package
 * (parts, relationships, headers and footers) is Apache POI's.
 */
final class TemplateBuilder {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String FONT_TABLE_REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
  private static final String FONT_TABLE_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
  /** Page number line: 4号 with an exact 16 pt line. */
  private static final int PAGE_NUMBER_LINE = 320;
  /** Footer distance that puts the page number's top 7 mm below the type area. */
  private static final int GENERAL_FOOTER = MARGIN_BOTTOM - PAGE_NUMBER_BELOW_TYPE_AREA - PAGE_NUMBER_LINE;
  /** The lower double rule of the letter layout is the top border of a 1 pt footer paragraph. */
  private static final int LETTER_FOOTER = LETTER_LOWER_RULE_FROM_BOTTOM - 20;
  /** Negative indents that widen a rule from the type area to 170 mm centred on the page. */
  private static final int RULE_LEFT = MARGIN_LEFT - (PAGE_WIDTH - LETTER_RULE_LENGTH) / 2;
  private static final int RULE_RIGHT = MARGIN_RIGHT - (PAGE_WIDTH - LETTER_RULE_LENGTH) / 2;
  private static final int SMALL_CHAR = 280;
  /** One line of the foot block: 4号 characters on 0.9 of a body line. */
  private static final int FOOT_LINE = Math.round(LINE_PITCH * 0.9f);
  /** Rules of the foot block: thick 0.35 mm (1 pt) and thin 0.25 mm (0.75 pt), in eighths of a point. */
  private static final int FOOT_THICK = 8;
  private static final int FOOT_THIN = 6;
  private static final String BLACK = "000000";
  /** Border space under the mark's line that leaves 4 mm between the characters and the double rule. */
  private static final int LETTER_RULE_GAP_POINTS = 7;
  /** The mark's line is as high as its characters, so its top edge is where the standard puts it. */
  private static final int MARK_LINE = MARK_HALF_POINTS * 10;
  /**
   * 28 characters a line: 3号 characters set 0.25 pt closer (w:spacing in twentieths of a point) fill
   * the 156 mm line exactly 28 times. A character grid (w:docGrid) would do the same in Word, but
   * LibreOffice then adds ruby space above every line and moves the mark down.
   */
  static final String BODY_CHARACTER_SPACING = "<w:spacing w:val=\"" + CHARACTER_SPACING + "\"/>";
  private static final String KEEP_NEXT = "<w:keepNext/>";
  /** Mark, number, title and foot block keep their natural spacing even where a grid is set. */
  private static final String NO_GRID = "<w:snapToGrid w:val=\"0\"/>";

  private final Layout layout;
  private final List<String> body = new ArrayList<>();

  TemplateBuilder(Layout layout) {
    this.layout = layout;
    if (layout == Layout.GENERAL) {
      body.add(paragraph("GwMark", NO_GRID + "<w:spacing w:before=\"" + GENERAL_MARK_BELOW_TYPE_AREA
          + "\" w:line=\"" + MARK_LINE + "\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>", markRun()));
      body.add(paragraph("GwDocNo", "<w:pBdr>" + border("bottom", "single", 8, RULE_GAP_POINTS) + "</w:pBdr>"
          + "<w:spacing w:before=\"" + 2 * LINE_PITCH + "\"/><w:jc w:val=\"center\"/>",
          run(BODY_FONT, BODY_HALF_POINTS, null, "{{docNo}}")));
    } else {
      body.add(paragraph("GwDocNo", NO_GRID + "<w:jc w:val=\"right\"/>", run(BODY_FONT, BODY_HALF_POINTS, null, "{{docNo}}")));
    }
  }

  /** The title (2号 小标宋, centred), two lines under the rule (one in a letter). */
  TemplateBuilder title(String text) {
    int before = (layout == Layout.GENERAL ? 2 : 1) * LINE_PITCH;
    body.add(paragraph("GwTitle", NO_GRID + "<w:spacing w:before=\"" + before + "\" w:line=\"" + Math.round(LINE_PITCH * 1.2f)
        + "\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>", run(TITLE_FONT, TITLE_HALF_POINTS, null, text)));
    return this;
  }

  /** The main recipient (主送机关), one line under the title, flush left, ending with a full-width colon. */
  TemplateBuilder addressee(String text) {
    body.add(paragraph("GwAddressee", "<w:spacing w:before=\"" + LINE_PITCH + "\"/><w:jc w:val=\"left\"/>",
        run(BODY_FONT, BODY_HALF_POINTS, null, text)));
    return this;
  }

  /** A body paragraph, indented two characters. */
  TemplateBuilder paragraph(String text) {
    body.add(paragraph("GwBody", "<w:ind w:firstLine=\"" + 2 * BODY_CHAR + "\"/><w:jc w:val=\"both\"/>",
        run(BODY_FONT, BODY_HALF_POINTS, null, text)));
    return this;
  }

  /** Body paragraphs repeated for each item of the list {@code list}, each showing the item's {@code text}. */
  TemplateBuilder paragraphs(String list) {
    body.add(paragraph("GwBody", "", run(BODY_FONT, BODY_HALF_POINTS, null, "{{?" + list + "}}")));
    paragraph("{{text}}");
    body.add(paragraph("GwBody", "", run(BODY_FONT, BODY_HALF_POINTS, null, "{{/" + list + "}}")));
    return this;
  }

  /**
   * The organ's name over the date (成文日期, four characters in from the right), with room for the seal
   * that straddles them. The renderer centres the name over the date it gets.
   */
  TemplateBuilder signature() {
    // The last lines of the body go with the signature to a new page rather than leave it alone there.
    int last = body.size() - 1;
    body.set(last, body.get(last).replaceFirst("(<w:pStyle w:val=\"GwBody\"/>)", "$1" + KEEP_NEXT));
    body.add(paragraph("GwSignature", KEEP_NEXT + "<w:spacing w:before=\"" + 2 * LINE_PITCH + "\"/><w:ind w:right=\""
        + 4 * BODY_CHAR + "\"/><w:jc w:val=\"right\"/>", run(BODY_FONT, BODY_HALF_POINTS, null, "{{issuerName}}")));
    body.add(paragraph("GwDate", "<w:ind w:right=\"" + 4 * BODY_CHAR + "\"/><w:jc w:val=\"right\"/>",
        run(BODY_FONT, BODY_HALF_POINTS, null, "{{issuedDate}}")));
    return this;
  }

  /**
   * The foot block (版记) at the foot of the type area of the last page: 抄送 (dropped by the renderer when
   * nobody is copied) and, in the general layout, 印发机关 and 印发日期, between a thick rule above, a
   * thin one between and a thick one below. Each line is a frame at a fixed place on the page: Word,
   * WPS and LibreOffice all keep such frames where they are, and each keeps its own rules.
   */
  TemplateBuilder footBlock() {
    int typeAreaBottom = PAGE_HEIGHT - MARGIN_BOTTOM;
    String lines = NO_GRID + "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + FOOT_LINE + "\" w:lineRule=\"exact\"/>";
    String copyIndent = "<w:ind w:left=\"" + 4 * SMALL_CHAR + "\" w:right=\"" + SMALL_CHAR + "\" w:hanging=\""
        + 3 * SMALL_CHAR + "\"/>";
    if (layout == Layout.GENERAL) {
      body.add(paragraph("GwFoot", footFrame(typeAreaBottom - 2 * FOOT_LINE) + "<w:pBdr>"
          + border("top", "single", FOOT_THICK, 0, BLACK) + "</w:pBdr>" + lines + copyIndent,
          run(BODY_FONT, SMALL_HALF_POINTS, null, "抄送：{{copyTo}}。")));
      body.add(paragraph("GwFoot", footFrame(typeAreaBottom - FOOT_LINE) + "<w:pBdr>"
          + border("top", "single", FOOT_THIN, 0, BLACK) + border("bottom", "single", FOOT_THICK, 0, BLACK)
          + "</w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\"" + (TYPE_AREA_WIDTH - SMALL_CHAR) + "\"/></w:tabs>" + lines
          + "<w:ind w:left=\"" + SMALL_CHAR + "\"/>", run(BODY_FONT, SMALL_HALF_POINTS, null, "{{issuerName}}"),
          "<w:r>" + runProperties(BODY_FONT, SMALL_HALF_POINTS, null) + "<w:tab/></w:r>",
          run(BODY_FONT, SMALL_HALF_POINTS, null, "{{issuedDate}}印发")));
    } else {
      body.add(paragraph("GwFoot", footFrame(typeAreaBottom - FOOT_LINE) + lines + copyIndent,
          run(BODY_FONT, SMALL_HALF_POINTS, null, "抄送：{{copyTo}}。")));
    }
    body.add(anchorParagraph());
    return this;
  }

  /** A one-line frame as wide as the type area whose top edge is {@code top} twips below the top of the page. */
  private static String footFrame(int top) {
    return "<w:framePr w:w=\"" + TYPE_AREA_WIDTH + "\" w:h=\"" + FOOT_LINE + "\" w:hRule=\"exact\" w:wrap=\"around\""
        + " w:hAnchor=\"page\" w:vAnchor=\"page\" w:x=\"" + MARGIN_LEFT + "\" w:y=\"" + top + "\"/>";
  }

  void write(OutputStream out) {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createStyles().setStyles(CTStyles.Factory.parse(styles()));
      doc.getDocument().setBody(CTBody.Factory.parse(fragment(String.join("", body))));
      CTSectPr section = doc.getDocument().getBody().addNewSectPr();
      page(section);
      headersAndFooters(doc, section);
      addFontTable(doc);
      doc.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XmlException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException("模板 XML 有误", e);
    }
  }

  private void page(CTSectPr section) {
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN_TOP));
    margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    margins.setHeader(BigInteger.valueOf(layout == Layout.LETTER ? LETTER_MARK_FROM_TOP : mm(15)));
    margins.setFooter(BigInteger.valueOf(layout == Layout.LETTER ? LETTER_FOOTER : GENERAL_FOOTER));
    margins.setGutter(BigInteger.ZERO);
    if (layout == Layout.LETTER) {
      section.addNewTitlePg();
    }
  }

  private void headersAndFooters(XWPFDocument doc, CTSectPr section) throws XmlException {
    doc.setEvenAndOddHeadings(true);
    // Odd pages: number on the right, one character in; even pages: on the left.
    int lift = layout == Layout.LETTER ? GENERAL_FOOTER - LETTER_FOOTER : 0;
    fill(doc.createFooter(HeaderFooterType.DEFAULT), pageNumber("right", lift));
    fill(doc.createFooter(HeaderFooterType.EVEN), pageNumber("left", lift));
    fill(doc.createHeader(HeaderFooterType.DEFAULT), emptyParagraph());
    fill(doc.createHeader(HeaderFooterType.EVEN), emptyParagraph());
    if (layout == Layout.LETTER) {
      // First page: the mark over the thick-thin double rule; the thin-thick rule 20 mm above the bottom edge.
      fill(doc.createHeader(HeaderFooterType.FIRST), paragraph("GwMark", "<w:pBdr>"
          + border("bottom", "thickThinSmallGap", 18, LETTER_RULE_GAP_POINTS) + "</w:pBdr>" + NO_GRID
          + "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + MARK_LINE + "\" w:lineRule=\"exact\"/><w:ind w:left=\"-" + RULE_LEFT + "\" w:right=\"-" + RULE_RIGHT
          + "\"/><w:jc w:val=\"center\"/>", markRun()));
      fill(doc.createFooter(HeaderFooterType.FIRST), paragraph("GwRule", "<w:framePr w:w=\"" + LETTER_RULE_LENGTH
          + "\" w:h=\"40\" w:hRule=\"exact\" w:wrap=\"around\" w:hAnchor=\"page\" w:vAnchor=\"page\" w:x=\""
          + (PAGE_WIDTH - LETTER_RULE_LENGTH) / 2 + "\" w:y=\"" + (PAGE_HEIGHT - LETTER_LOWER_RULE_FROM_BOTTOM) + "\"/>"
          + "<w:pBdr>" + border("top", "thickThinSmallGap", 18, 0) + "</w:pBdr>" + NO_GRID
          + "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>",
          run(BODY_FONT, 2, null, "")) + anchorParagraph());
    }
  }

  /** Replaces the empty paragraph POI creates a header or footer with (and re-reads its paragraphs). */
  private static void fill(XWPFHeaderFooter part, String paragraphs) throws XmlException {
    part.setHeaderFooter(hdrFtr(paragraphs));
  }

  private static CTHdrFtr hdrFtr(String paragraphs) throws XmlException {
    return CTHdrFtr.Factory.parse(fragment(paragraphs));
  }

  /** XML whose children become the children of the element it is parsed into. */
  private static String fragment(String children) {
    return "<xml-fragment xmlns:w=\"" + W + "\">" + children + "</xml-fragment>";
  }

  /** A frame needs a paragraph outside it to hang on; this one takes no room. */
  private static String anchorParagraph() {
    return "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/></w:pPr></w:p>";
  }

  private static String emptyParagraph() {
    return "<w:p><w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:p>";
  }

  /** "— 1 —" in 4号 宋体, half-width digits. */
  private static String pageNumber(String side, int lift) {
    String rPr = runProperties(PAGE_NUMBER_FONT, SMALL_HALF_POINTS, null);
    String indent = "right".equals(side) ? "w:right=\"" + SMALL_CHAR + "\"" : "w:left=\"" + SMALL_CHAR + "\"";
    return paragraph("GwPageNumber", "<w:spacing w:before=\"" + PAGE_NUMBER_BELOW_TYPE_AREA + "\" w:after=\"" + lift + "\" w:line=\"" + PAGE_NUMBER_LINE
        + "\" w:lineRule=\"exact\"/><w:ind " + indent + "/><w:jc w:val=\"" + side + "\"/>",
        run(PAGE_NUMBER_FONT, SMALL_HALF_POINTS, null, "— "),
        "<w:r>" + rPr + "<w:fldChar w:fldCharType=\"begin\"/></w:r>",
        "<w:r>" + rPr + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>",
        "<w:r>" + rPr + "<w:fldChar w:fldCharType=\"separate\"/></w:r>",
        run(PAGE_NUMBER_FONT, SMALL_HALF_POINTS, null, "1"),
        "<w:r>" + rPr + "<w:fldChar w:fldCharType=\"end\"/></w:r>",
        run(PAGE_NUMBER_FONT, SMALL_HALF_POINTS, null, " —"));
  }

  private static String markRun() {
    return run(TITLE_FONT, MARK_HALF_POINTS, RED, "{{issuerName}}");
  }

  static String paragraph(String style, String properties, String... runs) {
    return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" + properties + "</w:pPr>" + String.join("", runs) + "</w:p>";
  }

  static String run(String font, int halfPoints, String colour, String text) {
    return "<w:r>" + runProperties(font, halfPoints, colour) + "<w:t xml:space=\"preserve\">" + escape(text)
        + "</w:t></w:r>";
  }

  static String runProperties(String font, int halfPoints, String colour) {
    return "<w:rPr>" + fonts(font) + (colour == null ? "" : "<w:color w:val=\"" + colour + "\"/>")
        + (halfPoints == BODY_HALF_POINTS ? BODY_CHARACTER_SPACING : "") + "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr>";
  }

  static String fonts(String font) {
    return "<w:rFonts w:ascii=\"" + font + "\" w:eastAsia=\"" + font + "\" w:hAnsi=\"" + font + "\" w:cs=\"" + font
        + "\" w:hint=\"eastAsia\"/>";
  }

  private static String border(String side, String style, int eighthsOfPoint, int spacePoints) {
    return border(side, style, eighthsOfPoint, spacePoints, RED);
  }

  private static String border(String side, String style, int eighthsOfPoint, int spacePoints, String colour) {
    return "<w:" + side + " w:val=\"" + style + "\" w:sz=\"" + eighthsOfPoint + "\" w:space=\"" + spacePoints
        + "\" w:color=\"" + colour + "\"/>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Named styles: what an office restyles in Word (样式) changes every paragraph of that part. */
  private static String styles() {
    String bodyFonts = fonts(BODY_FONT);
    return fragment("<w:docDefaults><w:rPrDefault><w:rPr>" + bodyFonts + "<w:kern w:val=\"2\"/><w:sz w:val=\"" + BODY_HALF_POINTS
        + "\"/><w:szCs w:val=\"" + BODY_HALF_POINTS + "\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>"
        + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + LINE_PITCH
        + "\" w:lineRule=\"exact\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
        + "<w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr><w:rPr>" + bodyFonts + "<w:sz w:val=\""
        + BODY_HALF_POINTS + "\"/><w:szCs w:val=\"" + BODY_HALF_POINTS + "\"/></w:rPr></w:style>"
        + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
        + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
        + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
        + "<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
        + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
        + "</w:tblCellMar></w:tblPr></w:style>"
        + style("GwMark", "公文发文机关标志", fonts(TITLE_FONT) + "<w:color w:val=\"" + RED + "\"/>", MARK_HALF_POINTS)
        + style("GwDocNo", "公文发文字号", bodyFonts, BODY_HALF_POINTS)
        + style("GwTitle", "公文标题", fonts(TITLE_FONT), TITLE_HALF_POINTS)
        + style("GwAddressee", "公文主送机关", bodyFonts, BODY_HALF_POINTS)
        + style("GwBody", "公文正文", bodyFonts, BODY_HALF_POINTS)
        + style("GwSignature", "公文发文机关署名", bodyFonts, BODY_HALF_POINTS)
        + style("GwDate", "公文成文日期", bodyFonts, BODY_HALF_POINTS)
        + style("GwFoot", "公文版记", bodyFonts, SMALL_HALF_POINTS)
        + style("GwRule", "公文红色双线", bodyFonts, 2)
        + style("GwPageNumber", "公文页码", fonts(PAGE_NUMBER_FONT), SMALL_HALF_POINTS));
  }

  private static String style(String id, String name, String fontsAndColour, int halfPoints) {
    return "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name
        + "\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:rPr>" + fontsAndColour
        + (halfPoints == BODY_HALF_POINTS ? BODY_CHARACTER_SPACING : "") + "<w:sz w:val=\"" + halfPoints
        + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr></w:style>";
  }

  /**
   * word/fontTable.xml: each font with the one an office PC is likely to have instead (w:altName) and its
   * PANOSE class and GB2312 charset, from which Word and WPS pick a similar font when both are missing:
   * 方正小标宋简体 → 华文中宋 → 宋体, 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体.
   */
  private static void addFontTable(XWPFDocument doc) throws org.apache.poi.openxml4j.exceptions.InvalidFormatException,
      IOException {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:fonts xmlns:w=\"" + W + "\">"
        + font(TITLE_FONT, "华文中宋", "02000000000000000000", "script", "variable")
        + font("华文中宋", "宋体", "02010600040101010101", "auto", "variable")
        + font("宋体", "SimSun", "02010600030101010101", "auto", "variable")
        + font(BODY_FONT, "仿宋", "02010609030101010101", "modern", "fixed")
        + font("仿宋", "FangSong", "02010609060101010101", "modern", "fixed")
        + font("楷体_GB2312", "楷体", "02010609030101010101", "modern", "fixed")
        + font("楷体", "KaiTi", "02010609060101010101", "modern", "fixed")
        + font("黑体", "SimHei", "02010609060101010101", "modern", "fixed")
        + "</w:fonts>";
    OPCPackage pkg = doc.getPackage();
    PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
    PackagePart part = pkg.createPart(name, FONT_TABLE_TYPE);
    try (OutputStream out = part.getOutputStream()) {
      out.write(xml.getBytes(StandardCharsets.UTF_8));
    }
    doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, FONT_TABLE_REL);
  }

  private static String font(String name, String alternative, String panose, String family, String pitch) {
    return "<w:font w:name=\"" + name + "\"><w:altName w:val=\"" + alternative + "\"/><w:panose1 w:val=\"" + panose
        + "\"/><w:charset w:val=\"86\"/><w:family w:val=\"" + family + "\"/><w:pitch w:val=\"" + pitch + "\"/></w:font>";
  }
}
