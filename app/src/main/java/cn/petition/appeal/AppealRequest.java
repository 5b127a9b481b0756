package cn.petition.appeal;

/** POST /api/cases/{caseNo}/appeals: {@code {"kind": "REVIEW" | "RE_REVIEW", "receivedAt": "…"}}. */
public record AppealRequest(String kind, String receivedAt) {}
