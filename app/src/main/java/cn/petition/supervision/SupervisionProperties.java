package cn.petition.supervision;

import cn.petition.deadline.TimeLimit;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * petition.supervision in application.yaml: when the rungs of the ladder fire relative to a stored
 * due instant, who issues letters, and how long recipients have to answer.
 *
 * @param approachingBefore 临期提示 this long before the due instant (ISO-8601, e.g. P1D)
 * @param overdueAfter 逾期 rung this long after the due instant (e.g. P3D)
 * @param issuerDept department that issues the letters (督查督办), e.g. XFJ
 * @param disciplineDept the discipline body (纪委监委) receiving 问责建议函, e.g. JWJW
 * @param superiorDept the superior organ (上一级机关) that issues the letters about the issuing department's
 *     own lateness (to it, or recommending its accountability), e.g. SXFJ
 * @param letterResponse the recipient's time to answer a letter, counted by the deadline calculator
 */
@ConfigurationProperties(prefix = "petition.supervision")
public record SupervisionProperties(Duration approachingBefore, Duration overdueAfter, String issuerDept,
    String disciplineDept, TimeLimit letterResponse, String superiorDept) {

  public SupervisionProperties {
    Objects.requireNonNull(approachingBefore, "petition.supervision.approaching-before");
    Objects.requireNonNull(overdueAfter, "petition.supervision.overdue-after");
    Objects.requireNonNull(issuerDept, "petition.supervision.issuer-dept");
    Objects.requireNonNull(disciplineDept, "petition.supervision.discipline-dept");
    Objects.requireNonNull(letterResponse, "petition.supervision.letter-response");
    Objects.requireNonNull(superiorDept, "petition.supervision.superior-dept");
  }
}
