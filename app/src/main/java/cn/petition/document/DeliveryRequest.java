package cn.petition.document;

/**
 * POST /api/cases/{caseNo}/documents/{id}/delivery: when and how the notice reached the petitioner.
 *
 * @param deliveredAt a date (2026-10-03) or an ISO-8601 time with offset (2026-10-03T15:00:00+08:00)
 * @param method DIRECT (直接送达), MAIL (邮寄送达) or ELECTRONIC (电子送达)
 * @param note optional, e.g. the postal tracking number or who signed for it, at most 500 characters
 */
public record DeliveryRequest(String deliveredAt, String method, String note) {}
