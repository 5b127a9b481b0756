package cn.petition.casefile;

import cn.petition.org.ReferenceData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The read-only case facts every task form shows (信访件编号, 标题, 信访内容, ...), as process
 * variables. ID numbers are masked here: process variables are visible to every task participant.
 */
@Component
public class CaseVariables {

  private final ReferenceData referenceData;
  private final PetitionerMapper petitioners;

  public CaseVariables(ReferenceData referenceData, PetitionerMapper petitioners) {
    this.referenceData = referenceData;
    this.petitioners = petitioners;
  }

  public Map<String, Object> of(PetitionCase c) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseProcess.CASE_NO, c.getCaseNo());
    variables.put("title", c.getTitle());
    variables.put("content", c.getContent());
    variables.put("categoryName", referenceData.category(c.getCategoryCode()).map(x -> x.name()).orElse(c.getCategoryCode()));
    variables.put("occurrenceRegionName", referenceData.regionName(c.getOccurrenceRegion()));
    variables.put("personCount", c.getPersonCount());
    variables.put("petitionerSummary", summary(petitioners.ofCase(c.getCaseNo())));
    variables.put(CaseProcess.FIRST_CONTACT_DEPT, c.getFirstContactDept());
    variables.put("firstContactDeptName", referenceData.departmentName(c.getFirstContactDept()));
    variables.put(CaseProcess.REPEAT_OF, c.getRepeatOf());
    return variables;
  }

  static String summary(List<Petitioner> people) {
    return people.stream().map(p -> p.name() + (p.idNumber() == null ? "" : "（身份证 " + Masking.idNumber(p.idNumber()) + "）"))
        .collect(Collectors.joining("、"));
  }
}
