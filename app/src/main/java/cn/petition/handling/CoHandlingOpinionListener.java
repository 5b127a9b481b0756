package cn.petition.handling;

import cn.petition.casefile.TaskActor;
import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.CoHandlerMapper;
import cn.petition.casefile.ProcessOwnership;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** On completion of a 协办 task: stores the co-handler's opinion and shows it to the handler. */
@Component("coHandlingOpinionListener")
public class CoHandlingOpinionListener implements TaskListener {

  private final CoHandlerMapper coHandlers;
  private final CoHandling coHandling;
  private final CaseTimeline timeline;
  private final ProcessOwnership ownership;

  public CoHandlingOpinionListener(CoHandlerMapper coHandlers, CoHandling coHandling, CaseTimeline timeline,
      ProcessOwnership ownership) {
    this.ownership = ownership;
    this.coHandlers = coHandlers;
    this.coHandling = coHandling;
    this.timeline = timeline;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNo = ownership.caseNo(task);
    String dept = (String) task.getVariable(CaseProcess.CO_HANDLING_DEPT);
    String opinion = (String) task.getVariable(CaseProcess.CO_HANDLING_OPINION);
    coHandlers.finish(caseNo, dept, opinion, ClockUtil.getCurrentTime().toInstant());
    timeline.record(caseNo, "CO_HANDLED", TaskActor.of(task), dept, "协办意见：" + opinion);
    String all = coHandlers.ofCase(caseNo).stream().filter(h -> h.opinion() != null)
        .map(h -> coHandling.departmentName(h.deptCode()) + "：" + h.opinion())
        .reduce((a, b) -> a + "\n" + b).orElse("");
    task.getExecution().getProcessInstance().setVariable(CaseProcess.CO_HANDLING_OPINIONS, all);
  }
}
