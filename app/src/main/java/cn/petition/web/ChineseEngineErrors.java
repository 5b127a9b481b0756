package cn.petition.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Exception mappers of the engine REST API that answer in Chinese ({@link EngineErrorMessages}, and
 * {@link TaskCompletionRace} for the loser of two simultaneous task completions) as application/problem+json in
 * the shape /api answers: {@code title}, {@code status}, {@code detail} and, for a refused form,
 * {@code errors: [{field, message}]}. Camunda's own fields stay ({@code type}, {@code message} = the Chinese
 * sentence, {@code code}; an authorization error keeps its fields with Chinese permission and resource names), so
 * the webapps and Camunda clients show the sentence as it is. They replace Camunda's mappers for the same types
 * (priority 1): one per type Camunda maps, as JAX-RS picks the closest type. Registered with
 * {@link EngineRestVariableGuard} ({@link #PROVIDERS}) on /engine-rest by {@link EngineRestConfig} and on the
 * webapps' /camunda/api/engine by {@link WebappEngineApi}.
 */
public abstract class ChineseEngineErrors<E extends Throwable> implements ExceptionMapper<E> {

  /** The mappers to register. */
  public static final List<Class<?>> MAPPERS = List.of(OfRestException.class, OfProcessEngineException.class,
      OfJsonParseException.class, OfJsonMappingException.class, OfThrowable.class);
  /** Every JAX-RS provider of ours on both engine APIs: the mappers and the variable check. */
  public static final List<Class<?>> PROVIDERS =
      Stream.concat(MAPPERS.stream(), Stream.of(EngineRestVariableGuard.class)).toList();

  static final Map<Integer, String> TITLES = Map.of(400, "请求数据有误", 401, "未登录", 403, "无权限",
      404, "未找到", 405, "不支持该请求方法", 409, "与已有记录冲突", 415, "不支持的请求体格式", 500, "系统内部错误");
  private static final ObjectMapper DTO = new ObjectMapper();

  @Context UriInfo uri;

  @Override
  public Response toResponse(E error) {
    Response camunda = ExceptionHandlerHelper.getInstance().getResponse(error);
    EngineErrorMessages.ChineseError race = TaskCompletionRace.of(error, uri == null ? null : uri.getPath());
    EngineErrorMessages.ChineseError chinese = race != null ? race : EngineErrorMessages.of(error, camunda.getStatus());
    ExceptionDto dto = camunda.getEntity() instanceof ExceptionDto camundas ? camundas : ExceptionDto.fromException(error);
    if (dto instanceof AuthorizationExceptionDto denied) {
      denied.setPermissionName(EngineErrorMessages.permission(denied.getPermissionName()));
      denied.setResourceName(EngineErrorMessages.resource(denied.getResourceName()));
      if (denied.getMissingAuthorizations() != null) {
        denied.getMissingAuthorizations().forEach(m -> {
          m.setPermissionName(EngineErrorMessages.permission(m.getPermissionName()));
          m.setResourceName(EngineErrorMessages.resource(m.getResourceName()));
        });
      }
    }
    Map<String, Object> body = new LinkedHashMap<>(DTO.convertValue(dto, new TypeReference<Map<String, Object>>() {}));
    body.put("message", chinese.message());
    body.put("title", TITLES.getOrDefault(chinese.status(), "请求未能完成"));
    body.put("status", chinese.status());
    body.put("detail", chinese.message());
    if (race == null && EngineErrorMessages.find(error, InvalidFormException.class) instanceof InvalidFormException form) {
      body.put("errors", form.problems());
    }
    return Response.fromResponse(camunda).status(chinese.status()).type("application/problem+json").entity(body)
        .build();
  }

  /** Errors the REST layer wraps (e.g. "Cannot instantiate process definition …"). */
  @Priority(1)
  public static class OfRestException extends ChineseEngineErrors<RestException> {}

  /** Errors of the engine itself. */
  @Priority(1)
  public static class OfProcessEngineException extends ChineseEngineErrors<ProcessEngineException> {}

  /** A body that is not JSON (Camunda maps it itself, in English). */
  @Priority(1)
  public static class OfJsonParseException extends ChineseEngineErrors<JsonParseException> {}

  /** JSON of the wrong shape or types (Camunda maps it itself, in English). */
  @Priority(1)
  public static class OfJsonMappingException extends ChineseEngineErrors<JsonMappingException> {}

  /** Everything else. */
  @Priority(1)
  public static class OfThrowable extends ChineseEngineErrors<Throwable> {}
}
