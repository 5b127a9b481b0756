package cn.petition.deadline;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import cn.petition.casefile.ProcessOwnership;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored deadlines of cases, used from BPMN expressions as bean {@code deadlines}, e.g.
 * {@code ${deadlines.start(execution, 'ACCEPT')}} in a listener and
 * {@code ${deadlines.dueOf(execution, 'ACCEPT')}} as a task due date or timer date.
 *
 * <p>The process business key is the case number. "Now" is the engine clock, so process tests
 * that move the clock see consistent deadlines. Starting is idempotent per (case, limit).
 */
@Component("deadlines")
public class CaseDeadlines {

  /** Process variable holding the procedure, GENERAL or SIMPLE. */
  public static final String PROCEDURE_VARIABLE = "procedure";
  private static final int TEXT_LIMIT = 500;
  private static final Logger LOG = LoggerFactory.getLogger(CaseDeadlines.class);

  private final CaseDeadlineMapper mapper;
  private final DeadlineCalculator calculator;
  private final DeadlineProperties properties;
  private final ProcessOwnership ownership;

  public CaseDeadlines(CaseDeadlineMapper mapper, DeadlineCalculator calculator,
      DeadlineProperties properties, ProcessOwnership ownership) {
    this.ownership = ownership;
    this.mapper = mapper;
    this.calculator = calculator;
    this.properties = properties;
  }

  /** The stored due instant of the execution's case. */
  public Date dueOf(DelegateExecution execution, String limitCode) {
    return dueOf(caseNo(execution), limitCode);
  }

  /** The stored due instant of a case's limit; IllegalStateException if it was never started. */
  public Date dueOf(String caseNo, String limitCode) {
    return Date.from(require(caseNo, limitCode).getDueAt());
  }

  /** Starts a limit now (engine clock) under the process variable {@code procedure}, if any. */
  public CaseDeadline start(DelegateExecution execution, String limitCode) {
    String caseNo = ownership.caseNo(execution);
    Object procedure = execution.getVariable(PROCEDURE_VARIABLE);
    return start(caseNo, limitCode, procedure == null ? null : procedure.toString(), now());
  }

  /**
   * Starts a limit at {@code startAt}. If the case already has this limit, returns the stored row
   * unchanged, also when a concurrent start inserted it first.
   *
   * @param procedure GENERAL, SIMPLE, or null for a procedure-independent limit
   */
  public CaseDeadline start(String caseNo, String limitCode, String procedure, Instant startAt) {
    CaseDeadline existing = mapper.find(caseNo, limitCode);
    if (existing != null) {
      return existing;
    }
    Instant start = startAt.truncatedTo(ChronoUnit.SECONDS);
    Due due = calculator.compute(properties.limit(limitCode, procedure), start);
    CaseDeadline row = CaseDeadline.running(caseNo, limitCode, start, due);
    try {
      mapper.insert(row);
      return row;
    } catch (DuplicateKeyException raceLost) {
      LOG.debug("Deadline {}/{} was started concurrently; returning the stored row", caseNo, limitCode);
      return require(caseNo, limitCode);
    }
  }

  /** Finishes the execution's limit now (engine clock); see {@link #finish(String, String)}. */
  public CaseDeadline finish(DelegateExecution execution, String limitCode) {
    return finish(ownership.caseNo(execution), limitCode);
  }

  /**
   * Marks a running limit MET (finished by its due instant) or LATE, at the engine clock's now.
   *
   * @return the stored row, or null if the case has no such limit; unchanged if already finished
   */
  public CaseDeadline finish(String caseNo, String limitCode) {
    CaseDeadline row = mapper.find(caseNo, limitCode);
    if (row == null || row.getStatus() != DeadlineStatus.RUNNING) {
      return row;
    }
    Instant at = now();
    mapper.finish(row.getId(), at.isAfter(row.getDueAt()) ? DeadlineStatus.LATE : DeadlineStatus.MET, at);
    return mapper.find(caseNo, limitCode);
  }

  /** Cancels a running limit (e.g. the case was declined); null if absent, unchanged if finished. */
  public CaseDeadline cancel(String caseNo, String limitCode) {
    CaseDeadline row = mapper.find(caseNo, limitCode);
    if (row != null && row.getStatus() == DeadlineStatus.RUNNING) {
      mapper.finish(row.getId(), DeadlineStatus.CANCELLED, now());
      row = mapper.find(caseNo, limitCode);
    }
    return row;
  }

  /**
   * Extends a running limit by {@code days}, counted from its current end in the EXTENSION limit's
   * day type. The total extension may not exceed the EXTENSION limit (30 days by default).
   *
   * @throws IllegalArgumentException if days is not positive, the reason is missing or the total
   *     would exceed the maximum
   * @throws IllegalStateException if the limit is absent, no longer running or changed meanwhile
   */
  @Transactional
  public CaseDeadline extend(String caseNo, String limitCode, int days, String reason) {
    if (days <= 0) {
      throw new IllegalArgumentException("延期天数必须大于0，实际为" + days);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("延期必须说明理由");
    }
    CaseDeadline row = require(caseNo, limitCode);
    if (row.getStatus() != DeadlineStatus.RUNNING) {
      throw new IllegalStateException("时限" + limitCode + "已结束（" + row.getStatus() + "），不能延期");
    }
    TimeLimit max = properties.extension();
    int total = row.getExtendedDays() + days;
    if (total > max.amount()) {
      throw new IllegalArgumentException("延期累计不得超过" + max.amount() + "日（" + max.basis()
          + "）：已延期" + row.getExtendedDays() + "日，本次申请" + days + "日");
    }
    Due extended = calculator.extend(row.toDue(), days, max.unit());
    int updated = mapper.extend(row.getId(), row.getExtendedDays(), total, extended.dueAt(),
        clip(Objects.toString(row.getExplanation(), "") + "；" + extended.explanation()),
        clip(row.getExtensionReason() == null ? reason : row.getExtensionReason() + "；" + reason));
    if (updated == 0) {
      throw new IllegalStateException("时限" + caseNo + "/" + limitCode + "已被同时修改，请重试");
    }
    return require(caseNo, limitCode);
  }

  /** All deadlines of a case, earliest due first. */
  public List<CaseDeadline> ofCase(String caseNo) {
    return mapper.findByCase(caseNo);
  }

  private CaseDeadline require(String caseNo, String limitCode) {
    CaseDeadline row = mapper.find(caseNo, limitCode);
    if (row == null) {
      throw new IllegalStateException("案件" + caseNo + "没有已起算的时限" + limitCode
          + "：须先调用 deadlines.start(execution, '" + limitCode + "')");
    }
    return row;
  }

  private static String caseNo(DelegateExecution execution) {
    String caseNo = execution.getProcessBusinessKey();
    if (caseNo == null || caseNo.isBlank()) {
      throw new IllegalStateException("流程实例" + execution.getProcessInstanceId()
          + "没有业务键：业务键必须是案件编号");
    }
    return caseNo;
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
  }

  private static String clip(String text) {
    return text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT);
  }
}
