package cn.petition.casefile;

/** Names shared by the case process (processes/petition-case.bpmn) and the Java around it. */
public final class CaseProcess {

  /** Process definition key. */
  public static final String KEY = "petitionCase";

  /** Transient start variable carrying a checked {@code Registration} from the REST API. */
  public static final String REGISTRATION = "registration";

  public static final String CASE_NO = "caseNo";
  public static final String FIRST_CONTACT_DEPT = "firstContactDept";
  public static final String HANDLING_DEPT = "handlingDept";
  public static final String PROCEDURE = "procedure";
  public static final String LINE = "line";
  public static final String REPEAT_OF = "repeatOf";

  // 受理审查
  public static final String DECISION = "decision";
  public static final String TRANSFER_TO = "transferTo";
  public static final String DECLINE_REASON = "declineReason";
  public static final String GUIDANCE = "guidance";
  // 协办
  public static final String CO_HANDLING_DEPT = "coHandlingDept";
  public static final String CO_HANDLING_OPINION = "coHandlingOpinion";
  public static final String CO_HANDLING_OPINIONS = "coHandlingOpinions";
  // 办理
  public static final String OUTCOME = "outcome";
  public static final String REPLY_TEXT = "replyText";
  public static final String EXTENSION_DAYS = "extensionDays";
  public static final String EXTENSION_REASON = "extensionReason";
  public static final String REQUEST_EXTENSION = "requestExtension";
  // 延期审批, 答复预审
  public static final String APPROVED = "approved";
  public static final String APPROVAL_COMMENT = "approvalComment";
  public static final String REVIEW_COMMENT = "reviewComment";
  // 回访核实
  public static final String SATISFACTION_WITH_HANDLER = "satisfactionWithHandler";
  public static final String SATISFACTION_WITH_OFFICE = "satisfactionWithOffice";

  // User task IDs
  public static final String TASK_REVIEW_ACCEPTANCE = "ReviewAcceptance";
  public static final String TASK_CO_HANDLE = "CoHandle";
  public static final String TASK_HANDLE = "HandleCase";
  public static final String TASK_APPROVE_EXTENSION = "ApproveExtension";
  public static final String TASK_PRE_REVIEW = "PreReviewReply";
  public static final String TASK_FOLLOW_UP = "FollowUp";

  // Time limits (see petition.deadlines in application.yaml)
  public static final String LIMIT_ACCEPT = "ACCEPT";
  public static final String LIMIT_HANDLE = "HANDLE";
  public static final String LIMIT_FOLLOW_UP = "FOLLOW_UP";

  private CaseProcess() {}
}
