package cn.petition.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * Reads a rendered Word document with Apache POI and checks it against GB/T 9704-2012: A4, the margins
 * of the type area, the red mark and rule (a double rule top and bottom in the letter layout), the
 * fonts and sizes with their fallbacks, the document number and the date, nothing left of the
 * template's tags, and nothing that speaks of the software.
 */
final class GbtChecks {

  /** Words a document to a recipient never contains: the software, its tasks and rules, template tags. */
  static final List<String> SYSTEM_WORDING = List.of("系统", "任务", "规则", "节点", "流程", "{{", "}}", "null",
      "Tasklist", "依据：");
  private static final int ONE_MM = Gbt9704.mm(1);
  private static final Pattern DOC_NO = Pattern.compile("\\S+〔\\d{4}〕[1-9]\\d*号");
  private static final Pattern DATE = Pattern.compile("\\d{4}年[1-9]\\d?月[1-9]\\d?日");

  private GbtChecks() {}

  /** @return the document's text (body, headers and footers) */
  static String assertGbt9704(byte[] docx, Layout layout) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      page(doc.getDocument().getBody().getSectPr());
      markAndRules(doc, layout);
      fonts(doc);
      String text = extractor.getText();
      assertThat(single(doc, "GwDocNo").getText().strip()).as("发文字号 机关代字〔年份〕序号").matches(DOC_NO);
      assertThat(single(doc, "GwDate").getText().strip()).as("成文日期, no leading zeros").matches(DATE);
      assertThat(single(doc, "GwSignature").getText().strip()).as("发文机关署名").isNotEmpty();
      assertThat(single(doc, "GwAddressee").getText().strip()).as("主送机关 ends with a full-width colon")
          .endsWith("：").hasSizeGreaterThan(1);
      assertThat(single(doc, "GwTitle").getText()).as("title").isNotBlank();
      assertThat(text).as("no template tag, no system wording").doesNotContain(SYSTEM_WORDING);
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void page(CTSectPr section) {
    CTPageSz size = section.getPgSz();
    assertThat(twips(size.getW())).as("A4 width 210 mm").isCloseTo(Gbt9704.mm(210), withinMm());
    assertThat(twips(size.getH())).as("A4 height 297 mm").isCloseTo(Gbt9704.mm(297), withinMm());
    CTPageMar margins = section.getPgMar();
    assertThat(twips(margins.getTop())).as("天头 37 mm").isCloseTo(Gbt9704.mm(37), withinMm());
    assertThat(twips(margins.getLeft())).as("订口 28 mm").isCloseTo(Gbt9704.mm(28), withinMm());
    assertThat(twips(margins.getBottom())).as("bottom 35 mm").isCloseTo(Gbt9704.mm(35), withinMm());
    assertThat(twips(margins.getRight())).as("right 26 mm").isCloseTo(Gbt9704.mm(26), withinMm());
    assertThat(Gbt9704.PAGE_WIDTH - twips(margins.getLeft()) - twips(margins.getRight())).as("版心 156 mm wide")
        .isCloseTo(Gbt9704.mm(156), withinMm());
  }

  private static void markAndRules(XWPFDocument doc, Layout layout) {
    CTSectPr section = doc.getDocument().getBody().getSectPr();
    List<XWPFParagraph> defaultFooter = doc.getHeaderFooterPolicy().getDefaultFooter().getParagraphs();
    assertThat(hasPageField(defaultFooter)).as("page numbers from the second page on").isTrue();
    if (layout == Layout.LETTER) {
      assertThat(section.isSetTitlePg()).as("信函格式: the first page differs").isTrue();
      XWPFHeaderFooter firstHeader = doc.getHeaderFooterPolicy().getFirstPageHeader();
      XWPFParagraph mark = firstHeader.getParagraphs().get(0);
      assertRed(mark.getCTP().getPPr().getPBdr().getBottom(), "thick-over-thin rule under the mark",
          STBorder.THICK_THIN_SMALL_GAP);
      assertMark(mark);
      XWPFHeaderFooter firstFooter = doc.getHeaderFooterPolicy().getFirstPageFooter();
      assertThat(hasPageField(firstFooter.getParagraphs())).as("no page number on the first page").isFalse();
      XWPFParagraph lower = firstFooter.getParagraphs().stream()
          .filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetPBdr()).findFirst().orElseThrow();
      assertRed(lower.getCTP().getPPr().getPBdr().getTop(), "thin-over-thick rule 20 mm above the bottom edge",
          STBorder.THICK_THIN_SMALL_GAP);
      assertThat(twips(lower.getCTP().getPPr().getFramePr().getY()))
          .isCloseTo(Gbt9704.PAGE_HEIGHT - Gbt9704.mm(20), withinMm());
      assertThat(twips(lower.getCTP().getPPr().getFramePr().getW())).as("170 mm long").isCloseTo(Gbt9704.mm(170),
          withinMm());
      assertThat(single(doc, "GwDocNo").getCTP().getPPr().getJc().getVal().toString()).as("number flush right")
          .isEqualTo("right");
    } else {
      assertMark(single(doc, "GwMark"));
      assertRed(single(doc, "GwDocNo").getCTP().getPPr().getPBdr().getBottom(), "red separating rule",
          STBorder.SINGLE);
      assertThat(hasPageField(doc.getHeaderFooterPolicy().getFooter(1).getParagraphs())).isTrue();
    }
  }

  private static void assertMark(XWPFParagraph mark) {
    XWPFRun run = mark.getRuns().get(0);
    assertThat(mark.getText()).as("发文机关标志").isNotBlank();
    assertThat(run.getColor()).as("the mark is red").isEqualToIgnoringCase(Gbt9704.RED);
    assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo(Gbt9704.TITLE_FONT);
  }

  private static void assertRed(CTBorder border, String what, STBorder.Enum style) {
    assertThat(border).as(what).isNotNull();
    assertThat(border.xgetColor().getStringValue()).as(what + " is red").isEqualToIgnoringCase(Gbt9704.RED);
    assertThat(border.getVal()).as(what).isEqualTo(style);
  }

  private static void fonts(XWPFDocument doc) {
    for (XWPFRun run : single(doc, "GwTitle").getRuns()) {
      assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).as("title in 小标宋").isEqualTo(Gbt9704.TITLE_FONT);
      assertThat(run.getFontSizeAsDouble()).as("title 2号").isEqualTo(22.0);
    }
    List<XWPFParagraph> body = doc.getParagraphs().stream().filter(p -> "GwBody".equals(p.getStyle())).toList();
    assertThat(body).as("body paragraphs").isNotEmpty();
    for (XWPFParagraph p : body) {
      assertThat(p.getCTP().getPPr().getInd().getFirstLine()).as("首行缩进二字")
          .isEqualTo(BigInteger.valueOf(2 * Gbt9704.BODY_CHAR));
      for (XWPFRun run : p.getRuns()) {
        assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).as("body in 仿宋").isEqualTo(Gbt9704.BODY_FONT);
        assertThat(run.getFontSizeAsDouble()).as("body 3号").isEqualTo(16.0);
        assertThat(run.getCTR().getRPr().sizeOfUArray()).as("no stray underline").isZero();
      }
    }
    String fontTable = fontTable(doc);
    assertThat(fontTable).as("fallbacks: 方正小标宋简体 → 华文中宋 → 宋体, 仿宋_GB2312 → 仿宋")
        .contains("w:name=\"方正小标宋简体\"><w:altName w:val=\"华文中宋\"/>")
        .contains("w:name=\"华文中宋\"><w:altName w:val=\"宋体\"/>")
        .contains("w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>");
  }

  private static String fontTable(XWPFDocument doc) {
    try {
      PackagePart part = doc.getPackage().getPartsByName(Pattern.compile("/word/fontTable.xml")).get(0);
      try (InputStream in = part.getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasPageField(List<XWPFParagraph> paragraphs) {
    return paragraphs.stream().anyMatch(p -> p.getCTP().xmlText().contains(" PAGE "));
  }

  private static XWPFParagraph single(XWPFDocument doc, String style) {
    List<XWPFParagraph> found = doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).toList();
    assertThat(found).as("one paragraph of style " + style).hasSize(1);
    return found.get(0);
  }

  private static int twips(Object value) {
    return ((BigInteger) Objects.requireNonNull(value)).intValue();
  }

  private static org.assertj.core.data.Offset<Integer> withinMm() {
    return org.assertj.core.data.Offset.offset(ONE_MM);
  }
}
