package cn.petition.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the Word templates of every document kind to processes/documents/ (one .docx per
 * {@link DocumentTemplate}), in GB/T 9704-2012 layout with the standard wording. Run it after changing
 * the layout or the standard wording; an office may also edit the committed templates in Word or WPS.
 *
 * <pre>
 * mvn -B -q -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.petition.document.TemplateGenerator -Dexec.args=../processes/documents
 * </pre>
 */
public final class TemplateGenerator {

  /** How the petitioner's matter is named at the start of every notice. */
  private static final String MATTER = "{{you}}于{{receivedDate}}{{channelVerb}}的“{{caseTitle}}”问题"
      + "（信访事项编号：{{caseNo}}）";
  /** How a letter names the matter it is about. */
  private static final String CASE = "信访事项{{caseNo}}（{{caseTitle}}）";

  private TemplateGenerator() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "processes/documents");
    Files.createDirectories(folder);
    for (DocumentTemplate template : DocumentTemplate.values()) {
      try (OutputStream out = Files.newOutputStream(folder.resolve(template.file()))) {
        builder(template).write(out);
      }
    }
  }

  static TemplateBuilder builder(DocumentTemplate template) {
    TemplateBuilder doc = new TemplateBuilder(template.layout());
    switch (template) {
      case APPROACHING_NOTICE -> doc.title("{{title}}").addressee("{{addressee}}：")
          .paragraph("{{subject}}承办的" + CASE + "，{{facts}}")
          .paragraph("请抓紧办理，确保在期限内办结。");
      case SUPERVISION_LETTER -> doc.title("{{title}}").addressee("{{addressee}}：")
          .paragraph("{{subject}}承办的" + CASE + "，{{facts}}")
          .paragraph("现予督办。请你单位主要负责人亲自过问，立即组织办理，并于{{responseDue}}前将办理情况、"
              + "逾期原因和整改措施书面报送本机关。")
          .paragraph("特此函告。");
      case RISK_REMINDER_LETTER -> doc.title("{{title}}").addressee("{{addressee}}：")
          .paragraph("{{subject}}承办的" + CASE + "，{{facts}}")
          .paragraph("该信访事项风险较高。请你单位包案领导（责任领导）高度重视，落实稳控和化解措施，防止矛盾激化，"
              + "并于{{responseDue}}前将落实情况书面报送本机关。")
          .paragraph("特此函告。");
      case ACCOUNTABILITY_LETTER -> doc.title("{{title}}").addressee("{{addressee}}：")
          .paragraph("{{subject}}承办的" + CASE + "，{{facts}}{{priorLetters}}")
          .paragraph("建议依规依纪对{{subject}}及相关责任人员予以问责，并请于{{responseDue}}前将处理情况书面反馈本机关。")
          .paragraph("特此函告。");
      case ACCEPTANCE_NOTICE -> doc.title("信访事项受理告知书").addressee("{{addressee}}：")
          .paragraph(MATTER + "，本机关经审查，依照《信访工作条例》有关规定，决定予以受理，{{handlingClause}}。")
          .paragraph("办理机关将依法调查核实，于{{handleDueDate}}前办结，并向{{you}}出具书面答复意见。")
          .paragraph("特此告知。");
      case TRANSFER_NOTICE -> doc.title("信访事项转送告知书").addressee("{{addressee}}：")
          .paragraph(MATTER + "，经审查，属于{{handlingDeptName}}的职责范围。依照《信访工作条例》有关规定，"
              + "本机关已将该信访事项转送{{handlingDeptName}}处理。")
          .paragraph("{{handlingDeptName}}将于{{handleDueDate}}前办结，并向{{you}}出具书面答复意见。本机关将跟踪督促办理。")
          .paragraph("特此告知。");
      case DECLINE_NOTICE -> doc.title("信访事项不予受理告知书").addressee("{{addressee}}：")
          .paragraph(MATTER + "，经审查，{{declineReason}}。依照《信访工作条例》有关规定，本机关不予受理。")
          .paragraph("对{{you}}反映的问题，{{guidance}}。")
          .paragraph("特此告知。");
      case EXTENSION_NOTICE -> doc.title("信访事项延期办理告知书").addressee("{{addressee}}：")
          .paragraph(MATTER + "，本机关正在办理，原定办理期限至{{previousDueDate}}届满。")
          .paragraph("因{{extensionReason}}，经本机关负责人批准，办理期限延长{{extensionDays}}日，至{{newDueDate}}届满。"
              + "本机关将在延长的期限内办结，并向{{you}}出具书面答复意见。")
          .paragraph("特此告知。");
      case REPLY_OPINION -> doc.title("信访事项处理意见书").addressee("{{addressee}}：")
          .paragraph(MATTER + "，本机关已依法受理。经调查核实，现答复如下：")
          .paragraphs("reply")
          .paragraph("{{outcomeSentence}}")
          .paragraph("如对本处理意见不服，{{you}}可以自收到本意见书之日起{{appealWindow}}内，向{{appealOrgan}}书面请求复查。");
      case REVIEW_OPINION -> doc.title("信访事项复查意见书").addressee("{{addressee}}：")
          .paragraph("{{you}}不服{{originalOrgan}}就“{{caseTitle}}”问题（信访事项编号：{{caseNo}}）作出的处理意见，"
              + "于{{requestDate}}向本机关请求复查。本机关依法进行了复查，现提出复查意见如下：")
          .paragraphs("opinion")
          .paragraph("如对本复查意见不服，{{you}}可以自收到本意见书之日起{{appealWindow}}内，向本机关的上一级机关书面请求复核。");
      case RE_REVIEW_OPINION -> doc.title("信访事项复核意见书").addressee("{{addressee}}：")
          .paragraph("{{you}}不服“{{caseTitle}}”问题（信访事项编号：{{caseNo}}）的复查意见，于{{requestDate}}"
              + "向本机关请求复核。本机关依法进行了复核，现提出复核意见如下：")
          .paragraphs("opinion")
          .paragraph("本复核意见为终结意见。{{you}}对复核意见不服，仍以同一事实和理由提出信访事项的，不再受理。");
      default -> throw new IllegalArgumentException(template.name());
    }
    return doc.signature().footBlock();
  }
}
