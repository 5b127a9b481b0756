package cn.petition.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** The body of POST /api/cases (see shared/contract.md). */
public record RegisterCaseRequest(
    @NotNull(message = "必须填写来源渠道（LETTER、VISIT、ONLINE、PHONE）") Channel channel,
    OffsetDateTime receivedAt,
    String firstContactDept,
    @NotBlank(message = "必须填写标题") @Size(max = 200, message = "标题不能超过200个字") String title,
    @NotBlank(message = "必须填写信访内容") @Size(max = 4000, message = "信访内容不能超过4000个字") String content,
    @NotBlank(message = "必须填写类别") String category,
    @NotBlank(message = "必须填写事发地") String occurrenceRegion,
    @Min(value = 1, message = "人数至少为1") Integer personCount,
    @NotEmpty(message = "至少填写一名信访人")
    List<@NotNull(message = "信访人不能为空") @Valid PetitionerInput> petitioners,
    Boolean skipLevel,
    Boolean extremeBehaviour) {}
