package cn.petition.casefile;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Engine plugin that attaches a task listener to every user task of every deployed process, so process
 * designers need not remember to add it. The listener is attached as a delegate expression naming its bean,
 * as if the BPMN named it: the engine resolves the bean when a task event happens, so the plugin needs no bean
 * that itself needs the engine or the database.
 */
public abstract class EveryUserTaskPlugin extends AbstractProcessEnginePlugin {

  private final String expression;
  private final List<String> events;

  /**
   * @param expression the listener bean, e.g. {@code ${caseStageListener}}
   * @param events the task events it listens to, e.g. {@link TaskListener#EVENTNAME_CREATE}
   */
  protected EveryUserTaskPlugin(String expression, String... events) {
    this.expression = expression;
    this.events = List.of(events);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          TaskListener listener = new DelegateExpressionTaskListener(
              configuration.getExpressionManager().createExpression(expression), List.of());
          events.forEach(event -> behavior.getTaskDefinition().addTaskListener(event, listener));
        }
      }
    });
  }
}
