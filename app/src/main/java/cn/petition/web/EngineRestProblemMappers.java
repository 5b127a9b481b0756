package cn.petition.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The JAX-RS exception mappers that put {@link EngineRestProblems} in place of Camunda's own, one per exception
 * type Camunda maps (a mapper applies to the closest type; at equal distance the higher priority wins). They are
 * registered on /engine-rest ({@link EngineRestConfig}) and on the webapps' engine API
 * ({@link EngineRestWebappProviders}); {@link RefusedTaskOutcomeMapper} covers RestException.
 */
public final class EngineRestProblemMappers {

  /** Every mapper class, for registration. */
  public static final List<Class<?>> ALL = List.of(RefusedTaskOutcomeMapper.class, EngineErrors.class,
      MalformedJson.class, MismatchedJson.class, AnyError.class);

  private EngineRestProblemMappers() {}

  /** Answers an exception of type E with {@link EngineRestProblems}. */
  public abstract static class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Context UriInfo uri;

    @Override
    public Response toResponse(E exception) {
      return EngineRestProblems.toResponse(exception, uri);
    }
  }

  @Provider
  @Priority(1)
  public static class EngineErrors extends ProblemMapper<ProcessEngineException> {}

  @Provider
  @Priority(1)
  public static class MalformedJson extends ProblemMapper<JsonParseException> {}

  @Provider
  @Priority(1)
  public static class MismatchedJson extends ProblemMapper<JsonMappingException> {}

  @Provider
  @Priority(1)
  public static class AnyError extends ProblemMapper<Throwable> {}
}
