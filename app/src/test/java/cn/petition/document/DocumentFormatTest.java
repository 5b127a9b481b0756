package cn.petition.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.DefaultResourceLoader;

/** Every shipped template (processes/documents/), filled, is a GB/T 9704-2012 document. */
class DocumentFormatTest {

  static final DocumentRenderer RENDERER = new DocumentRenderer(new DefaultResourceLoader(),
      new DocumentProperties("classpath:processes/documents/", "", Duration.ofMinutes(1)));

  @ParameterizedTest
  @EnumSource(DocumentTemplate.class)
  void everyKindIsLaidOutByTheStandard(DocumentTemplate template) throws Exception {
    Map<String, Object> facts = SampleFacts.of(template);
    byte[] docx = RENDERER.render(template, facts);

    String text = GbtChecks.assertGbt9704(docx, template.layout());
    assertThat(text).contains("县信访局", "2026年11月30日", (String) facts.get("docNo"), "XF2026092800001");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(footBlock(doc)).as("版记: 抄送").startsWith("抄送：县住房和城乡建设局");
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentTemplate.class)
  void withNobodyCopiedTheFootBlockHasNo抄送(DocumentTemplate template) throws Exception {
    Map<String, Object> facts = SampleFacts.of(template);
    facts.put("copyTo", null);
    byte[] docx = RENDERER.render(template, facts);

    GbtChecks.assertGbt9704(docx, template.layout());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(footBlock(doc)).doesNotContain("抄送");
      if (template.layout() == Layout.GENERAL) {
        XWPFParagraph printed = doc.getParagraphs().stream().filter(p -> "GwFoot".equals(p.getStyle())).findFirst()
            .orElseThrow();
        assertThat(printed.getText()).as("印发机关和印发日期").contains("县信访局", "2026年11月30日印发");
        assertThat(printed.getCTP().getPPr().getPBdr().getTop().getSz().intValue()).as("first rule thick").isEqualTo(8);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentTemplate.class)
  void theNameIsCentredOverTheDateFourCharactersInFromTheRight(DocumentTemplate template) throws Exception {
    Map<String, Object> facts = SampleFacts.of(template);
    facts.put("issuerName", "县住房和城乡建设局");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(RENDERER.render(template, facts)))) {
      int date = rightIndent(doc, "GwDate");
      int name = rightIndent(doc, "GwSignature");
      assertThat(date).as("右空四字").isEqualTo(4 * Gbt9704.BODY_CHAR);
      // 2026年11月30日 is 7 characters wide, 县住房和城乡建设局 9: the name sits one character further right.
      assertThat(name).isEqualTo(date - Gbt9704.BODY_CHAR);
    }
  }

  private static int rightIndent(XWPFDocument doc, String style) {
    XWPFParagraph p = doc.getParagraphs().stream().filter(x -> style.equals(x.getStyle())).findFirst().orElseThrow();
    return ((java.math.BigInteger) p.getCTP().getPPr().getInd().getRight()).intValue();
  }

  private static String footBlock(XWPFDocument doc) {
    return doc.getParagraphs().stream().filter(p -> "GwFoot".equals(p.getStyle())).map(XWPFParagraph::getText)
        .reduce("", String::concat);
  }
}
