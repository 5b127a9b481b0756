package cn.petition.engineapi;

import cn.petition.org.RoleAuthorizations;
import cn.petition.web.BufferedBodyRequest;
import cn.petition.web.ProblemResponses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * People start a case only through POST /api/cases and the Tasklist start form; the engine API (/engine-rest and the
 * webapps' /camunda/api/engine) may not be used to start a process anywhere but at its start event or under a chosen
 * business key. For every caller, administrators included, this refuses with 403 problem+json, before the engine
 * sees the request:
 * <ul>
 *   <li>starts (start, submit-form; by key, by key and tenant, by id) of a process people do not start
 *       ({@link RoleAuthorizations#STARTABLE_BY_USERS}): the application starts those itself, for its own cases;</li>
 *   <li>starts of the processes people start with {@code businessKey} (the case number comes from the counter),
 *       {@code startInstructions} (a start in the middle, e.g. before 受理 or 办结) or {@code skipCustomListeners} /
 *       {@code skipIoMappings};</li>
 *   <li>restarts of finished instances (restart, restart-async), which bring back a case's business key with start
 *       instructions and variables of the caller's choice.</li>
 * </ul>
 * Everything else (task completion, modification and variables by administrators, ...) is left to the engine's
 * authorizations; whatever gets through still meets {@code ProcessOwnership} in every delegate.
 */
public class ProcessStartGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessStartGuard.class);
  private static final int MAX_BODY = 1 << 20;
  private static final Set<String> STARTS = Set.of("start", "submit-form");
  private static final Set<String> RESTARTS = Set.of("restart", "restart-async");
  /** Start options a person may not use, by lower-case name: what leaves them unset, and why they are refused. */
  private static final Map<String, Refused> REFUSED_FIELDS = Map.of(
      "businesskey", new Refused(v -> v.isNull() || v.isTextual() && v.textValue().isEmpty(),
          "信访件编号（业务键 businessKey）由系统按序生成，启动流程时不能指定，请留空"),
      "startinstructions", new Refused(v -> v.isNull() || v.isArray() && v.isEmpty(),
          "流程只能从开始事件启动，不能从中间节点启动（startInstructions）"),
      "skipcustomlisteners", new Refused(v -> v.isNull() || v.isBoolean() && !v.booleanValue(),
          "启动流程时不能跳过监听器（skipCustomListeners）"),
      "skipiomappings", new Refused(v -> v.isNull() || v.isBoolean() && !v.booleanValue(),
          "启动流程时不能跳过输入输出映射（skipIoMappings）"));

  private final Supplier<ProcessEngine> processEngine;
  private final ObjectMapper json;
  private final String restRoot;
  private final String webappRoot;

  /** The engine is looked up at the first request: filters are created before the application's beans. */
  public ProcessStartGuard(Supplier<ProcessEngine> processEngine, ObjectMapper json, String restRoot,
      String webappRoot) {
    this.processEngine = processEngine;
    this.json = json;
    this.restRoot = restRoot;
    this.webappRoot = webappRoot;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    List<String> path = "POST".equalsIgnoreCase(request.getMethod())
        ? EngineApiPath.of(request, restRoot, webappRoot) : null;
    if (path == null || path.size() < 3 || !path.get(0).equalsIgnoreCase("process-definition")) {
      chain.doFilter(request, response);
      return;
    }
    String action = path.get(path.size() - 1).toLowerCase(Locale.ROOT);
    if (RESTARTS.contains(action)) {
      refuse(request, response, "本系统不提供流程重启：重启会以原信访件编号和任意节点重新建立流程实例");
      return;
    }
    if (!STARTS.contains(action)) {
      chain.doFilter(request, response);
      return;
    }
    String key = processKey(path);
    if (key == null) {
      chain.doFilter(request, response);
      return;
    }
    if (!RoleAuthorizations.STARTABLE_BY_USERS.contains(key)) {
      refuse(request, response, "流程“" + key + "”不能通过引擎接口启动：人员只能启动“信访事项办理”和“上报矛盾纠纷”，"
          + "其余流程由系统为信访件启动");
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      ProblemResponses.write(response, json, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "请求体过大",
          "启动流程的请求体不能超过 1 MB");
      return;
    }
    String refusal = refusal(body);
    if (refusal != null) {
      refuse(request, response, refusal);
      return;
    }
    chain.doFilter(new BufferedBodyRequest(request, body), response);
  }

  /** The process definition key of a start path: key/{key}/..., or looked up from the definition id. */
  private String processKey(List<String> path) {
    if (path.size() >= 4 && path.get(1).equalsIgnoreCase("key")) {
      return path.get(2);
    }
    String id = path.get(1);
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.get().getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      context.disableAuthorizationCheck();
      ProcessDefinitionEntity definition = context.getDbEntityManager().selectById(ProcessDefinitionEntity.class, id);
      return definition == null ? null : definition.getKey();
    });
  }

  /** Why a start body is refused, or null. A body that is not JSON is refused too: the engine would read it anyhow. */
  private String refusal(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException notJson) {
      return "请求体不是有效的 JSON";
    }
    if (root == null || !root.isObject()) {
      return null;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      Refused refused = REFUSED_FIELDS.get(field.getKey().toLowerCase(Locale.ROOT));
      if (refused != null && !refused.unset().test(field.getValue())) {
        return refused.reason();
      }
    }
    return null;
  }

  private record Refused(Predicate<JsonNode> unset, String reason) {}

  private void refuse(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
    LOG.warn("拒绝引擎接口请求 {} {}（来自 {}）：{}", request.getMethod(), request.getRequestURI(),
        request.getRemoteAddr(), reason);
    ProblemResponses.write(response, json, HttpServletResponse.SC_FORBIDDEN, "无权限", reason);
  }
}
