package cn.petition.intake;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The petitioner's ID and phone numbers from the Tasklist start form are stored on the case (and
 * shown masked to outsiders), never in the engine: {@link RegisterCaseDelegate} removes them from
 * the process, and this engine plugin keeps them out of the history tables, where anyone with
 * history access (supervisors, Cockpit) would read them in clear.
 */
@Component
public class SensitiveVariables extends AbstractProcessEnginePlugin {

  /** Start form variables that carry personal identifiers. */
  public static final List<String> NAMES = List.of("petitionerIdNumber", "petitionerPhone");
  private static final Set<String> SENSITIVE = Set.copyOf(NAMES);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryEventHandler delegate = configuration.getHistoryEventHandler();
    configuration.setHistoryEventHandler(new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        if (!isSensitive(event)) {
          delegate.handleEvent(event);
        }
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        delegate.handleEvents(events.stream().filter(e -> !isSensitive(e)).toList());
      }
    });
  }

  static boolean isSensitive(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable && SENSITIVE.contains(variable.getVariableName())
        || event instanceof HistoricFormPropertyEventEntity field && SENSITIVE.contains(field.getPropertyId());
  }
}
