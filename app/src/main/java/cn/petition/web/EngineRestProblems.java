package cn.petition.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLTransientException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Errors of the engine REST API, both /engine-rest and the webapps' own (/camunda/api/engine, which the
 * Tasklist uses), as application/problem+json in the shape /api answers them: {@code title}, {@code status},
 * {@code detail} and, for a refused form, {@code errors: [{field, message}]}. Camunda's {@code type} and
 * {@code message} stay, so the Tasklist and Camunda clients show the message as before. On top of Camunda's own
 * statuses:
 * <ul>
 *   <li>a task outcome or start form our checks refuse ({@link BadUserRequestException}, wrapped by the engine
 *       when thrown in a listener or delegate): 400 with our Chinese message;</li>
 *   <li>a task that two people complete at the same moment: the one who loses gets 409 (the task was completed
 *       meanwhile), and completing a task that is no longer there gets 404, both in Chinese, instead of 500;</li>
 *   <li>a task that two people complete at the same moment while the first is still being stored (the database
 *       gives up one of them as a deadlock): 409 for that one;</li>
 *   <li>any other concurrent change of the same data ({@link OptimisticLockingException}, a deadlock or lock
 *       timeout): 409, the caller may try again.</li>
 * </ul>
 */
public final class EngineRestProblems {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestProblems.class);
  private static final Pattern TASK_COMPLETION =
      Pattern.compile("(?:^|/)(?:engine/([^/]+)/)?task/([^/]+)/(?:complete|submit-form|resolve)/?$");
  private static final Map<Integer, String> TITLES = Map.of(400, "请求数据有误", 401, "未登录", 403, "无权限",
      404, "未找到", 405, "不支持该请求方法", 409, "与已有记录冲突", 415, "不支持的请求体格式", 500, "系统内部错误");

  private EngineRestProblems() {}

  /** The answer to an error raised while serving the request at {@code uri}. */
  public static Response toResponse(Throwable error, UriInfo uri) {
    ExceptionDto camunda = ExceptionHandlerHelper.getInstance().fromException(error);
    int status = error instanceof WebApplicationException web ? web.getResponse().getStatus()
        : ExceptionHandlerHelper.getInstance().getStatus(error).getStatusCode();
    if (find(error, InvalidFormException.class) instanceof InvalidFormException form) {
      return problem(400, camunda, form.getMessage(), form.problems());
    }
    boolean concurrent = find(error, OptimisticLockingException.class) != null
        || find(error, ConcurrencyFailureException.class) != null || find(error, SQLTransientException.class) != null;
    Matcher task = uri == null ? null : TASK_COMPLETION.matcher(uri.getPath());
    boolean completion = task != null && task.find();
    // Before the authorization check: the loser of a race may fail it only because the winner has just
    // removed the task's candidate groups with the task.
    if (completion && !taskExists(task.group(1), task.group(2))) {
      return find(error, NullValueException.class) != null
          ? problem(404, camunda, "任务不存在或已经办理完成，请刷新任务列表", null)
          : problem(409, camunda, "该任务刚刚已由他人办理完成，本次提交未生效，请刷新任务列表", null);
    }
    if (find(error, AuthorizationException.class) instanceof AuthorizationException denied) {
      return problem(403, camunda, chinese(denied.getMessage(), "无权执行此操作"), null);
    }
    if (find(error, AccessDeniedException.class) instanceof AccessDeniedException denied) {
      return problem(403, camunda, chinese(denied.getMessage(), "无权执行此操作"), null);
    }
    if (completion && concurrent) {
      return problem(409, camunda, "该任务正由他人同时办理，本次提交未生效，请刷新任务列表后查看", null);
    }
    if (find(error, BadUserRequestException.class) instanceof BadUserRequestException refused) {
      // Camunda answers its own refusals with 400 or 404; wrapped ones (thrown in a listener) would be 500.
      return problem(status >= 500 ? 400 : status, camunda, chinese(refused.getMessage(), "请求未能完成"), null);
    }
    if (concurrent) {
      return problem(409, camunda, "数据刚刚已被他人修改，本次提交未生效，请刷新后重试", null);
    }
    if (find(error, JsonProcessingException.class) != null) {
      return problem(400, camunda, "请求体不是有效的 JSON，或结构、类型不正确", null);
    }
    if (status >= 500) {
      LOG.error("Engine REST request {} failed", uri == null ? "" : uri.getPath(), error);
    }
    return problem(status, camunda, chinese(camunda.getMessage(), TITLES.getOrDefault(status, "请求未能完成")), null);
  }

  private static Response problem(int status, ExceptionDto camunda, String detail, List<FieldProblem> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", camunda.getType());
    body.put("title", TITLES.getOrDefault(status, "请求未能完成"));
    body.put("status", status);
    body.put("detail", detail);
    body.put("message", detail);
    if (camunda.getCode() != null) {
      body.put("code", camunda.getCode());
    }
    if (errors != null) {
      body.put("errors", errors);
    }
    return Response.status(status).type("application/problem+json").entity(body).build();
  }

  /** Our messages are Chinese; Camunda's own (English) get a Chinese lead. */
  private static String chinese(String message, String lead) {
    if (message != null && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return message;
    }
    return lead + "：" + message;
  }

  /** Whether the task is still there, whoever may see it (the caller's authorizations do not apply). */
  private static boolean taskExists(String engineName, String taskId) {
    try {
      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
          EngineUtil.lookupProcessEngine(engineName).getProcessEngineConfiguration();
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        context.disableAuthorizationCheck();
        return context.getTaskManager().findTaskById(taskId) != null;
      });
    } catch (RuntimeException unknownEngine) {
      return true;
    }
  }

  private static Throwable find(Throwable error, Class<? extends Throwable> type) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return cause;
      }
    }
    return null;
  }
}
