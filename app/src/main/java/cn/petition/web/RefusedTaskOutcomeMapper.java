package cn.petition.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine wraps an exception thrown by a task listener, so a task outcome our validators refuse
 * (a {@link BadUserRequestException}) would reach /engine-rest callers as a 500. This answers it as
 * 400 with the validator's Chinese message; every other error keeps Camunda's own mapping.
 */
@Provider
@Priority(1)
public class RefusedTaskOutcomeMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException refused) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", "InvalidRequestException", "message", refused.getMessage())).build();
      }
    }
    return camundaDefault.toResponse(exception);
  }
}
