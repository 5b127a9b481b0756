package cn.petition.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;

/**
 * Refuses engine REST bodies that Camunda would turn into a 500 or store as something nobody meant: a body that is
 * JSON {@code null} or blank where a request object is expected, a variable with an empty type name, a variable
 * whose value is a JSON object or array without a type (Camunda would store it as a Java-serialised object; deep
 * nesting overflows the stack while serialising) and an {@code Object} variable without its
 * {@code valueInfo.objectTypeName} and {@code serializationDataFormat}. Each is answered 400 in Chinese by
 * {@link ChineseEngineErrors}. Our forms send text, numbers, booleans and dates only.
 */
@Provider
@Priority(1)
public class EngineRestVariableGuard implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Object body = context.proceed();
    if (body == null && context.getType().getName().startsWith("org.camunda.bpm.engine.rest.dto.")) {
      throw refused("请求体不能为空，应为 JSON 对象");
    }
    if (body instanceof VariableValueDto variable) {
      check("", variable);
    } else if (body != null) {
      variablesOf(body).forEach(this::check);
    }
    return body;
  }

  private void check(String name, VariableValueDto variable) {
    if (variable == null) {
      throw refused("变量 " + name + " 应为 {\"value\": …, \"type\": …}");
    }
    String type = variable.getType();
    if (type != null && type.isBlank()) {
      throw refused("变量 " + name + " 的类型（type）不能为空字符串");
    }
    Object value = variable.getValue();
    if (type == null && (value instanceof Map || value instanceof Collection)) {
      throw refused("变量 " + name + " 的值应为文字、数字、true/false 或 null，不能是对象或列表");
    }
    if ("Object".equalsIgnoreCase(type) && (variable.getValueInfo() == null
        || variable.getValueInfo().get("objectTypeName") == null
        || variable.getValueInfo().get("serializationDataFormat") == null)) {
      throw refused("Object 类型的变量 " + name + " 须在 valueInfo 中给出 objectTypeName 和 serializationDataFormat");
    }
  }

  /** The variables of a request object that has them (start, submit-form, complete, …). */
  @SuppressWarnings("unchecked")
  private static Map<String, VariableValueDto> variablesOf(Object body) {
    try {
      Method getter = body.getClass().getMethod("getVariables");
      Object variables = getter.invoke(body);
      if (variables instanceof Map<?, ?> map && map.values().stream()
          .allMatch(v -> v == null || v instanceof VariableValueDto)) {
        return (Map<String, VariableValueDto>) map;
      }
    } catch (ReflectiveOperationException noVariables) {
      // A request object without variables.
    }
    return Map.of();
  }

  private static BadRequestException refused(String message) {
    return new BadRequestException(message);
  }
}
