package cn.petition.screening;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of POST /api/disputes, and what the Tasklist start form "上报矛盾纠纷" sends.
 *
 * @param regionCode the region where the dispute is (a known region, e.g. 330100-01)
 * @param category optional petition category (code or name); defaults to the domain's first category
 * @param parties optional: who is in dispute (当事人)
 */
public record ReportDisputeRequest(
    @NotBlank(message = "必须填写所在地区") String regionCode,
    @NotNull(message = "必须填写领域（LIVELIHOOD、URBAN_RENEWAL、LAW_LITIGATION、ENTERPRISE_RESTRUCTURING、OTHER）")
    DisputeDomain domain,
    @NotBlank(message = "必须填写发生地点") @Size(max = 200, message = "发生地点不能超过200个字") String place,
    @NotNull(message = "必须填写涉及人数") @Min(value = 1, message = "涉及人数至少为1") Integer peopleInvolved,
    @NotBlank(message = "必须填写纠纷情况") @Size(max = 4000, message = "纠纷情况不能超过4000个字") String description,
    @Size(max = 200, message = "标题不能超过200个字") String title,
    @Size(max = 500, message = "当事人不能超过500个字") String parties,
    String category,
    Boolean skipLevel,
    Boolean extremeBehaviour) {}
