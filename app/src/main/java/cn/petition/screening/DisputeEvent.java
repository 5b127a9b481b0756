package cn.petition.screening;

import java.time.Instant;

/** A row of dispute_event: one step of a dispute's history. */
public record DisputeEvent(Long id, Long disputeId, Instant occurredAt, DisputeEventKind kind, String actor,
    String detail) {}
