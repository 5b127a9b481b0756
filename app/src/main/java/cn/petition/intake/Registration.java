package cn.petition.intake;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A checked petition, ready to be stored: from the REST API or from the Tasklist start form.
 * Category is resolved to its code, defaults are applied.
 */
public record Registration(String caseNo, Channel channel, Instant receivedAt, String registeredBy,
    String firstContactDept, String title, String content, String categoryCode, String occurrenceRegion,
    int personCount, List<PetitionerInput> petitioners, boolean skipLevel, boolean extremeBehaviour)
    implements Serializable {

  public Registration withCaseNo(String number) {
    return new Registration(number, channel, receivedAt, registeredBy, firstContactDept, title, content,
        categoryCode, occurrenceRegion, personCount, petitioners, skipLevel, extremeBehaviour);
  }
}
