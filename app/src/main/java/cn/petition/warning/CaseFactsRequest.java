package cn.petition.warning;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The body of POST /api/cases/{caseNo}/facts: new facts a handler learnt; absent fields keep their value. */
public record CaseFactsRequest(
    @Min(value = 1, message = "人数至少为1") Integer personCount,
    Boolean skipLevel,
    Boolean extremeBehaviour,
    @Size(max = 2000, message = "情况说明不能超过2000个字") String note) {}
