package cn.petition.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Exception mappers of the engine REST API that answer in Chinese ({@link EngineErrorMessages}), in
 * Camunda's own JSON shape ({type, message}; an authorization error keeps its fields with Chinese
 * permission and resource names), so the webapps show the sentence as it is. They replace Camunda's
 * mappers for the same types (priority 1): one per type Camunda maps, as JAX-RS picks the closest type.
 * Registered on /engine-rest by {@link EngineRestConfig} and on the webapps' /camunda/api/engine by
 * {@link WebappEngineApi}.
 */
public abstract class ChineseEngineErrors<E extends Throwable> implements ExceptionMapper<E> {

  /** The mappers to register. */
  public static final List<Class<?>> MAPPERS = List.of(OfRestException.class, OfProcessEngineException.class,
      OfThrowable.class);

  @Override
  public Response toResponse(E error) {
    Response camunda = ExceptionHandlerHelper.getInstance().getResponse(error);
    EngineErrorMessages.ChineseError chinese = EngineErrorMessages.of(error, camunda.getStatus());
    ExceptionDto body = camunda.getEntity() instanceof ExceptionDto dto ? dto : ExceptionDto.fromException(error);
    body.setMessage(chinese.message());
    if (body instanceof AuthorizationExceptionDto denied) {
      denied.setPermissionName(EngineErrorMessages.permission(denied.getPermissionName()));
      denied.setResourceName(EngineErrorMessages.resource(denied.getResourceName()));
      if (denied.getMissingAuthorizations() != null) {
        denied.getMissingAuthorizations().forEach(m -> {
          m.setPermissionName(EngineErrorMessages.permission(m.getPermissionName()));
          m.setResourceName(EngineErrorMessages.resource(m.getResourceName()));
        });
      }
    }
    return Response.fromResponse(camunda).status(chinese.status()).entity(body).build();
  }

  /** Errors the REST layer wraps (e.g. "Cannot instantiate process definition …"). */
  @Priority(1)
  public static class OfRestException extends ChineseEngineErrors<RestException> {}

  /** Errors of the engine itself. */
  @Priority(1)
  public static class OfProcessEngineException extends ChineseEngineErrors<ProcessEngineException> {}

  /** Everything else. */
  @Priority(1)
  public static class OfThrowable extends ChineseEngineErrors<Throwable> {}
}
