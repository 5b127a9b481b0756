package cn.petition.tasklist;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Writes a row into a task's local variables, touching only values that changed (each write is history). */
final class RowVariables {

  private RowVariables() {}

  static void write(VariableScope task, Map<String, Object> row) {
    row.forEach((name, value) -> {
      Object current = task.getVariableLocal(name);
      if (value == null && task.hasVariableLocal(name)) {
        task.removeVariableLocal(name);
      } else if (value != null && !Objects.equals(current, value)) {
        task.setVariableLocal(name, value);
      }
    });
  }
}
