package cn.petition.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine wraps an exception thrown by a task listener, and the REST resources wrap it again in a
 * RestException, so a task outcome our validators refuse (a {@link BadUserRequestException}) would reach
 * /engine-rest callers as a 500. This answers it as 400 with the validator's Chinese message, and a lost
 * race for a task as 409 ({@link EngineRestProblems}).
 */
@Provider
@Priority(1)
public class RefusedTaskOutcomeMapper extends EngineRestProblemMappers.ProblemMapper<RestException> {}
