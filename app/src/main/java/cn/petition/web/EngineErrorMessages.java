package cn.petition.web;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Chinese sentence a clerk reads for an error of the engine REST API (/engine-rest and the webapps'
 * /camunda/api/engine), never Camunda's English wrapping such as "Cannot instantiate process definition
 * petitionCase:3:…: …". In this order:
 * <ol>
 *   <li>a Chinese message of our own delegates, listeners and validators anywhere in the causes (the
 *       innermost one, without the engine's prefix);</li>
 *   <li>a sentence for each engine exception a user can cause (no permission, already claimed, gone,
 *       changed meanwhile, suspended, invalid form field, unparsable process);</li>
 *   <li>a sentence for the HTTP status, or for an unexpected error a general sentence with a reference
 *       that the server log carries next to the original error.</li>
 * </ol>
 */
public final class EngineErrorMessages {

  private static final Logger LOG = LoggerFactory.getLogger(EngineErrorMessages.class);
  /** Our own messages begin in Chinese; an engine message that merely quotes a Chinese name does not. */
  private static final Pattern CHINESE = Pattern.compile("^\\s*[\\p{IsHan}“《（]");

  /** Chinese names of Camunda's permissions, as a clerk would say what they were not allowed to do. */
  static final Map<String, String> PERMISSIONS = Map.ofEntries(Map.entry("READ", "查看"),
      Map.entry("UPDATE", "修改"), Map.entry("CREATE", "新建"), Map.entry("DELETE", "删除"),
      Map.entry("ACCESS", "使用"), Map.entry("ALL", "全部操作"), Map.entry("CREATE_INSTANCE", "发起"),
      Map.entry("READ_INSTANCE", "查看实例"), Map.entry("UPDATE_INSTANCE", "修改实例"),
      Map.entry("DELETE_INSTANCE", "删除实例"), Map.entry("READ_TASK", "查看任务"), Map.entry("UPDATE_TASK", "修改任务"),
      Map.entry("TASK_WORK", "办理"), Map.entry("TASK_ASSIGN", "指派"), Map.entry("READ_HISTORY", "查看历史"),
      Map.entry("READ_VARIABLE", "查看变量"), Map.entry("UPDATE_VARIABLE", "修改变量"),
      Map.entry("SUSPEND", "挂起"), Map.entry("SUSPEND_INSTANCE", "挂起实例"));
  /** Chinese names of Camunda's resource types (Resources.getResourceName()). */
  static final Map<String, String> RESOURCES = Map.ofEntries(Map.entry("Application", "应用"),
      Map.entry("User", "用户"), Map.entry("Group", "用户组"), Map.entry("Group membership", "用户组成员"),
      Map.entry("Authorization", "授权"), Map.entry("Filter", "筛选器"), Map.entry("ProcessDefinition", "流程定义"),
      Map.entry("Task", "任务"), Map.entry("ProcessInstance", "流程实例"), Map.entry("Deployment", "部署"),
      Map.entry("DecisionDefinition", "决策定义"), Map.entry("Tenant", "租户"), Map.entry("Batch", "批量操作"),
      Map.entry("HistoricTask", "历史任务"), Map.entry("HistoricProcessInstance", "历史流程实例"),
      Map.entry("System", "系统"));

  private EngineErrorMessages() {}

  /** What the clerk reads, and the status that fits it. */
  public record ChineseError(int status, String message) {}

  /**
   * @param error what the engine or the REST layer threw
   * @param status the status Camunda would answer with
   */
  public static ChineseError of(Throwable error, int status) {
    String own = ownChineseMessage(error);
    if (own != null) {
      return new ChineseError(causedBy(error, BadUserRequestException.class) ? 400 : status, own);
    }
    if (find(error, AuthorizationException.class) instanceof AuthorizationException denied) {
      return new ChineseError(status, "您没有权限执行此操作" + missing(denied) + "。如确需办理，请联系本部门负责人或系统管理员。");
    }
    if (find(error, TaskAlreadyClaimedException.class) instanceof TaskAlreadyClaimedException claimed) {
      return new ChineseError(409, "该任务已由 " + claimed.getTaskAssignee() + " 认领，请刷新任务列表。");
    }
    if (causedBy(error, OptimisticLockingException.class)) {
      return new ChineseError(409, "该事项刚被他人办理或修改，请刷新页面后重试。");
    }
    if (causedBy(error, SuspendedEntityInteractionException.class)) {
      return new ChineseError(status, "该流程已暂停（挂起），暂时不能办理，请联系系统管理员。");
    }
    if (causedBy(error, NotFoundException.class) || causedBy(error, NullValueException.class) || status == 404) {
      return new ChineseError(status == 500 ? 404 : status, "要办理的事项不存在，可能已经办结或被撤销，请刷新页面。");
    }
    if (causedBy(error, FormFieldValidatorException.class)) {
      return new ChineseError(400, "表单填写有误，请检查必填项和填写格式后重新提交。");
    }
    if (find(error, ParseException.class) instanceof ParseException parse) {
      return new ChineseError(400, "流程文件有误，未能部署：" + parse.getMessage());
    }
    return switch (status) {
      case 400 -> new ChineseError(status, "提交的内容有误，请检查后重新提交。");
      case 401 -> new ChineseError(status, "登录已失效，请重新登录。");
      case 403 -> new ChineseError(status, "您没有权限执行此操作。");
      case 405, 415 -> new ChineseError(status, "不支持该操作。");
      default -> unexpected(error, status);
    };
  }

  private static ChineseError unexpected(Throwable error, int status) {
    String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    LOG.error("Engine REST error {} (shown to the user as reference {})", status, reference, error);
    return new ChineseError(status, "系统未能完成该操作，请稍后重试；如仍出错，请联系系统管理员（错误编号 " + reference + "）。");
  }

  /** The innermost Chinese message in the causes: what our own code said, without the engine's prefix. */
  static String ownChineseMessage(Throwable error) {
    String message = null;
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && CHINESE.matcher(cause.getMessage()).find()) {
        message = cause.getMessage();
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return message;
  }

  private static String missing(AuthorizationException denied) {
    return denied.getMissingAuthorizations().stream().findFirst()
        .map(m -> "（需要对" + resource(m.getResourceType()) + "的“" + permission(m.getViolatedPermissionName()) + "”权限）")
        .orElse("");
  }

  static String permission(String name) {
    return name == null ? null : PERMISSIONS.getOrDefault(name, name);
  }

  static String resource(String name) {
    return name == null ? null : RESOURCES.getOrDefault(name, name);
  }

  private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
    return find(error, type) != null;
  }

  private static Throwable find(Throwable error, Class<? extends Throwable> type) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return cause;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
