package cn.petition.screening;

import cn.petition.intake.Channel;
import cn.petition.intake.PetitionerInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Optional body of POST /api/disputes/{id}/petition: what differs from the dispute's own data.
 *
 * @param channel default VISIT (来访)
 * @param firstContactDept default the street office of the dispute's region
 * @param petitioners default one petitioner named after the dispute's parties
 */
public record DisputePetitionRequest(Channel channel, String firstContactDept,
    List<@NotNull(message = "信访人不能为空") @Valid PetitionerInput> petitioners) {

  public static final DisputePetitionRequest DEFAULTS = new DisputePetitionRequest(null, null, null);
}
