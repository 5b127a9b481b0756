package cn.petition.casefile;

import java.time.Instant;

/** One entry of a case's timeline (登记, 受理, 转送, 任务完成, 办结 ...). */
public record CaseEvent(Long id, String caseNo, Instant occurredAt, CaseEventKind kind, String actor,
    String deptCode, String detail) {}
