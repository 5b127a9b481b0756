package cn.petition.emergency;

import jakarta.validation.constraints.Min;

/**
 * {@code petition.emergency}: when 处突 starts and how fast it reports.
 *
 * @param collectiveVisitPersons a collective visit of at least this many people starts 处突
 * @param phoneReportMinutes the phone report is due this many minutes after the start
 * @param writtenReportMinutes the written report is due this many minutes after the start
 */
public record EmergencyProperties(@Min(2) int collectiveVisitPersons, @Min(1) int phoneReportMinutes,
    @Min(1) int writtenReportMinutes) {}
