package cn.petition.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A petitioner as sent to POST /api/cases; the ID number is checked against GB 11643 ({@link ResidentIdNumber}). */
public record PetitionerInput(
    @NotBlank(message = "必须填写信访人姓名") @Size(max = 100, message = "姓名不能超过100个字") String name,
    @ResidentIdNumber String idNumber,
    @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "电话号码格式不正确") String phone,
    String householdRegion,
    String residenceRegion) implements Serializable {}
