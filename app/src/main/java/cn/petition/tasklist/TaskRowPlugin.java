package cn.petition.tasklist;

import cn.petition.casefile.EveryUserTaskPlugin;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: every user task of every deployed process gets {@link TaskRowListener} on create and
 * update, so a row shows its case whatever the process, without anything in the BPMN.
 */
@Component
public class TaskRowPlugin extends EveryUserTaskPlugin {

  public TaskRowPlugin() {
    super(TaskRowListener.EXPRESSION, TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_UPDATE);
  }
}
