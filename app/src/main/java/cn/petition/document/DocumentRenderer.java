package cn.petition.document;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Fills a document template (processes/documents/*.docx) with poi-tl, then finishes what a template
 * cannot know in advance: the organ's name centred over the date it signs with, and the 抄送 line of
 * the foot block dropped when nobody is copied.
 */
@Component
public class DocumentRenderer {

  public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  /** Every tag of a template must have a value: a missing one is a programming error, not an empty gap. */
  private static final Configure STRICT = Configure.builder().useDefaultEL(true).build();

  /** The thick rule of the foot block, 0.35 mm, in eighths of a point. */
  private static final int FOOT_THICK = 8;

  private final ResourceLoader resources;
  private final DocumentProperties properties;

  public DocumentRenderer(ResourceLoader resources, DocumentProperties properties) {
    this.resources = resources;
    this.properties = properties;
  }

  /**
   * @param data a value for every tag of the template; {@code issuerName}, {@code issuedDate} and
   *     {@code copyTo} (null when nobody is copied) are read here too
   */
  public byte[] render(DocumentTemplate template, Map<String, Object> data) {
    Resource resource = resources.getResource(properties.templates() + template.file());
    try (InputStream in = resource.getInputStream(); XWPFTemplate filled = XWPFTemplate.compile(in, STRICT).render(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFDocument doc = filled.getXWPFDocument();
      dropEmptyUnderlines(doc);
      centreSignature(doc, String.valueOf(data.get("issuerName")), String.valueOf(data.get("issuedDate")));
      if (data.get("copyTo") == null) {
        dropCopyLine(doc, template.layout());
      }
      filled.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取或生成" + template.label() + "（模板 " + resource + "）", e);
    }
  }

  /** GB/T 9704 7.3.5.1: the date four characters in from the right, the organ's name centred over it. */
  private static void centreSignature(XWPFDocument doc, String name, String date) {
    // 仿宋_GB2312 sets digits half a character wide.
    double offset = (TitleLines.width(date, 0.5) - TitleLines.width(name, 0.5)) / 2;
    int rightIndent = (int) Math.round((4 + Math.max(offset, -4)) * Gbt9704.BODY_CHAR);
    paragraphs(doc, "GwSignature").forEach(p -> {
      CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
      (pPr.isSetInd() ? pPr.getInd() : pPr.addNewInd()).setRight(BigInteger.valueOf(rightIndent));
    });
  }

  /** No 抄送: remove its line; in the general layout the 印发 line then carries the thick upper rule. */
  private static void dropCopyLine(XWPFDocument doc, Layout layout) {
    List<XWPFParagraph> foot = paragraphs(doc, "GwFoot");
    for (XWPFParagraph p : foot) {
      if (p.getText().startsWith("抄送")) {
        doc.removeBodyElement(doc.getPosOfParagraph(p));
      }
    }
    if (layout == Layout.GENERAL) {
      paragraphs(doc, "GwFoot").stream().filter(p -> p.getCTP().getPPr().isSetPBdr()).forEach(p -> {
        CTBorder top = p.getCTP().getPPr().getPBdr().getTop();
        if (top != null) {
          top.setSz(BigInteger.valueOf(FOOT_THICK));
        }
      });
    }
  }

  /**
   * poi-tl leaves an empty {@code <w:u/>} on the runs it fills; some word processors read a bare one as a
   * single underline.
   */
  private static void dropEmptyUnderlines(XWPFDocument doc) {
    for (XWPFParagraph p : doc.getParagraphs()) {
      for (XWPFRun run : p.getRuns()) {
        CTRPr rPr = run.getCTR().getRPr();
        for (int i = rPr == null ? -1 : rPr.sizeOfUArray() - 1; i >= 0; i--) {
          if (rPr.getUArray(i).getVal() == null || rPr.getUArray(i).getVal() == STUnderline.NONE) {
            rPr.removeU(i);
          }
        }
      }
    }
  }

  private static List<XWPFParagraph> paragraphs(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).toList();
  }
}
