package cn.petition.casefile;

import java.time.Instant;

/** A co-handling department (协办单位) of a 三跨三分离 case. reason: HOUSEHOLD or RESIDENCE. */
public record CoHandler(String caseNo, String deptCode, String reason, CoHandlerStatus status, String opinion,
    Instant finishedAt) {}
