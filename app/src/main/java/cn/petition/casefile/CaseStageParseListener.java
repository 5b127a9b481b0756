package cn.petition.casefile;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Engine plugin that attaches {@link CaseStageListener} to every user task of every deployed process. */
@Component
public class CaseStageParseListener extends EveryUserTaskPlugin {

  public CaseStageParseListener() {
    super(CaseStageListener.EXPRESSION, TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_COMPLETE);
  }
}
