package cn.petition.screening;

import cn.petition.casefile.IntakeLimits;
import cn.petition.org.Category;
import cn.petition.org.ReferenceData;
import cn.petition.web.FieldProblem;
import cn.petition.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The checks bean validation cannot make on a dispute report: known region, known category of the same
 * domain. Resolves the owner: the street office of the region, or the county petition office.
 */
@Component
public class DisputeValidator {

  private final ReferenceData referenceData;
  private final ScreeningProperties properties;
  private final IntakeLimits limits;

  public DisputeValidator(ReferenceData referenceData, ScreeningProperties properties, IntakeLimits limits) {
    this.referenceData = referenceData;
    this.properties = properties;
    this.limits = limits;
  }

  public DisputeReport check(ReportDisputeRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    if (referenceData.region(request.regionCode()).isEmpty()) {
      problems.add(new FieldProblem("regionCode", "未知的地区代码：" + FieldProblem.shown(request.regionCode())));
    }
    if (request.peopleInvolved() > limits.maxPersonCount()) {
      problems.add(new FieldProblem("peopleInvolved", "涉及人数不能超过" + limits.maxPersonCount()));
    }
    Category category = null;
    if (request.category() != null && !request.category().isBlank()) {
      category = referenceData.category(request.category().trim()).orElse(null);
      if (category == null) {
        problems.add(new FieldProblem("category", "未知的类别：" + FieldProblem.shown(request.category())));
      } else if (!category.domain().equals(request.domain().name())) {
        problems.add(new FieldProblem("category", "类别“" + category.name() + "”不属于领域 " + request.domain()
            + "（" + request.domain().label() + "）"));
      }
    } else {
      category = defaultCategory(request.domain());
      if (category == null) {
        problems.add(new FieldProblem("domain", "领域 " + request.domain() + " 下没有可用的信访类别"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    String description = request.description().trim();
    String title = request.title() == null || request.title().isBlank()
        ? (description.length() <= 30 ? description : description.substring(0, 30) + "…") : request.title().trim();
    return new DisputeReport(request.regionCode(), request.domain(), category.code(), request.place().trim(),
        request.peopleInvolved(), description, title, request.parties() == null ? "" : request.parties().trim(),
        Boolean.TRUE.equals(request.skipLevel()), Boolean.TRUE.equals(request.extremeBehaviour()),
        ownerOf(request.regionCode()));
  }

  /** The street office of the region; the county petition office where the region has none. */
  public String ownerOf(String regionCode) {
    return referenceData.streetOfficeOf(regionCode).map(d -> d.code()).orElse(properties.districtDept());
  }

  /** The category whose code is the domain (URBAN_RENEWAL, OTHER), else the domain's first category. */
  private Category defaultCategory(DisputeDomain domain) {
    List<Category> ofDomain = referenceData.categories().stream()
        .filter(c -> c.domain().equals(domain.name())).toList();
    return ofDomain.stream().filter(c -> c.code().equals(domain.name())).findFirst()
        .orElse(ofDomain.stream().findFirst().orElse(null));
  }
}
