package cn.petition.emergency;

import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.ProcessOwnership;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Emergency response (处突, bean {@code emergency}): starts processes/emergency-response.bpmn in parallel
 * with normal handling for red cases, collective visits (5 or more people) and extreme behaviour, once per
 * case (business key = case number), and gives the report deadlines: a phone report within
 * {@code petition.emergency.phone-report-minutes} and a written one within
 * {@code petition.emergency.written-report-minutes}, both counted from the start.
 */
@Service("emergency")
public class EmergencyService {

  public static final String EVENT_STARTED = "EMERGENCY_STARTED";
  public static final String EVENT_REPORT_LATE = "EMERGENCY_REPORT_LATE";

  private final ProcessOwnership ownership;
  private final HistoryService historyService;
  private final CaseTimeline timeline;
  private final int collectiveThreshold;
  private final Duration phoneReport;
  private final Duration writtenReport;

  public EmergencyService(ProcessOwnership ownership, @Lazy HistoryService historyService,
      CaseTimeline timeline,
      @Value("${petition.emergency.collective-visit-persons:5}") int collectiveThreshold,
      @Value("${petition.emergency.phone-report-minutes:10}") int phoneReportMinutes,
      @Value("${petition.emergency.written-report-minutes:30}") int writtenReportMinutes) {
    this.ownership = ownership;
    this.historyService = historyService;
    this.timeline = timeline;
    this.collectiveThreshold = collectiveThreshold;
    this.phoneReport = Duration.ofMinutes(phoneReportMinutes);
    this.writtenReport = Duration.ofMinutes(writtenReportMinutes);
  }

  /** The scenes of the case that call for 处突; empty when none does. */
  public List<String> scenes(boolean red, int personCount, boolean extremeBehaviour, boolean skipLevel) {
    List<String> scenes = new ArrayList<>();
    if (red) {
      scenes.add("红色预警");
    }
    if (personCount >= collectiveThreshold) {
      scenes.add("集体访（" + personCount + "人）");
    }
    if (extremeBehaviour) {
      scenes.add("极端行为");
    }
    if (!scenes.isEmpty() && skipLevel) {
      scenes.add("越级访");
    }
    return scenes;
  }

  /**
   * Starts the emergency process of a case unless it already has one.
   *
   * @return true when started now
   */
  public boolean startIfNeeded(PetitionCase c, List<String> scenes, boolean onlineRisk, String handlingDept) {
    if (scenes.isEmpty() || historyService.createHistoricProcessInstanceQuery().processDefinitionKey(
        EmergencyProcess.KEY).processInstanceBusinessKey(c.getCaseNo()).count() > 0) {
      return false;
    }
    String scene = String.join("、", scenes);
    ownership.start(EmergencyProcess.KEY, c.getCaseNo(), Variables.createVariables()
            .putValue("caseNo", c.getCaseNo())
            .putValue("title", c.getTitle())
            .putValue("content", c.getContent())
            .putValue("personCount", c.getPersonCount())
            .putValue(EmergencyProcess.SCENE, scene)
            .putValue(EmergencyProcess.HANDLING_DEPT, handlingDept)
            .putValue(EmergencyProcess.ONLINE_RISK, onlineRisk)
            .putValue(EmergencyProcess.STARTED_AT, ClockUtil.getCurrentTime()));
    timeline.record(c.getCaseNo(), EVENT_STARTED, null, "CTK", "启动处突应急处置：" + scene
        + (onlineRisk ? "；有网络舆情风险，同步启动网信部门线上引导" : ""));
    return true;
  }

  /** Due time of the phone (PHONE) or written (WRITTEN) report, counted from the start of the process. */
  public Date reportDue(DelegateExecution execution, String kind) {
    Date started = (Date) execution.getVariable(EmergencyProcess.STARTED_AT);
    Duration limit = EmergencyProcess.PHONE.equals(kind) ? phoneReport : writtenReport;
    return new Date(started.getTime() + limit.toMillis());
  }

  /** A report mark was missed: the section leader is told at once (task) and the timeline says so. */
  public void reportLate(DelegateExecution execution, String kind) {
    long minutes = (EmergencyProcess.PHONE.equals(kind) ? phoneReport : writtenReport).toMinutes();
    timeline.record(ownership.caseNo(execution), EVENT_REPORT_LATE, null, "CTK",
        (EmergencyProcess.PHONE.equals(kind) ? "电话报告" : "书面报告") + "超过" + minutes + "分钟未完成，已通知处突科负责人");
  }
}
