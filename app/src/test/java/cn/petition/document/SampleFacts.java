package cn.petition.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A value for every tag of every template, as a county petition office would fill them. */
final class SampleFacts {

  private SampleFacts() {}

  static Map<String, Object> of(DocumentTemplate template) {
    Map<String, Object> d = new HashMap<>();
    d.put("issuerName", "县信访局");
    d.put("docNo", template.layout() == Layout.LETTER ? "督〔2026〕12号" : "受告〔2026〕3号");
    d.put("title", TitleLines.of("关于对县住房和城乡建设局信访事项办理逾期问题予以问责的建议函"));
    d.put("addressee", template.name().endsWith("LETTER") ? "县住房和城乡建设局" : "张三");
    d.put("subject", "你单位");
    d.put("caseNo", "XF2026092800001");
    d.put("caseTitle", "小区加装电梯补贴未发放");
    d.put("facts", "办理答复时限已于2026年11月4日24时届满，至今尚未办结，已逾期3日。");
    d.put("priorLetters", "此前已发出督办函（督〔2026〕1号，2026年11月5日），仍未按期办结。");
    d.put("responseDue", "2026年11月13日");
    d.put("you", "你");
    d.put("receivedDate", "2026年9月28日");
    d.put("channelVerb", "来访反映");
    d.put("handlingClause", "交由县住房和城乡建设局办理");
    d.put("handleDueDate", "2026年10月19日");
    d.put("handlingDeptName", "县住房和城乡建设局");
    d.put("declineReason", "该事项已由人民法院受理");
    d.put("guidance", "你可以依照民事诉讼程序向人民法院提出");
    d.put("previousDueDate", "2026年10月19日");
    d.put("extensionReason", "需现场测量");
    d.put("extensionDays", "10");
    d.put("newDueDate", "2026年10月29日");
    d.put("reply", List.of(Map.of("text", "经核实，你小区加装电梯于2025年12月竣工验收。"),
        Map.of("text", "县住房和城乡建设局已于2026年10月15日拨付补贴资金。")));
    d.put("opinion", List.of(Map.of("text", "原处理意见认定事实清楚，处理恰当，予以维持。")));
    d.put("outcomeSentence", "本机关对你的请求予以支持。");
    d.put("appealWindow", "30日");
    d.put("appealOrgan", "市信访局");
    d.put("originalOrgan", "县住房和城乡建设局");
    d.put("requestDate", "2026年11月2日");
    d.put("issuedDate", "2026年11月30日");
    d.put("copyTo", "县住房和城乡建设局");
    return d;
  }
}
